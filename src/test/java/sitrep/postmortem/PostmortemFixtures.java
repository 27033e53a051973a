package sitrep.postmortem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import sitrep.domain.EntryKind;

/** Test documents: the reference example (read through the importer) and synthetic large incidents. */
final class PostmortemFixtures {

    private PostmortemFixtures() {
    }

    static String resource(String name) {
        try (InputStream in = PostmortemFixtures.class.getResourceAsStream("/postmortem/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /postmortem/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String referenceText() {
        return resource("example-postmortem.txt");
    }

    static PostmortemDocument reference() {
        return new PostmortemImporter().importText(referenceText()).document();
    }

    /** An incident of {@code n} timed entries, one a minute from 22:00, so it crosses midnight. */
    static PostmortemDocument large(int n) {
        LocalDateTime start = LocalDateTime.of(2023, 6, 10, 22, 0);
        EntryKind[] kinds = EntryKind.values();
        List<TimelineItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(TimelineItem.timed(start.plusMinutes(i),
                    "Entry " + i + ": responders checked shard " + (i % 17) + " & <replica> *lag* again.",
                    kinds[i % kinds.length]));
        }
        return reference().toBuilder().timeline(items)
                .window(IncidentWindow.of(start, start.plusMinutes(n), ZoneParser.parse("UTC").orElseThrow()))
                .build();
    }
}
