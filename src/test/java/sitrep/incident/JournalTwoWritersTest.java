package sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.TimelineEntry;

/** Several processes write into one incident folder at once; the merged timeline is complete and the same for all. */
class JournalTwoWritersTest {

    private static final int NOTES = 150;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentRespondersMergeIntoOneCorrectTimeline() throws Exception {
        Path journal = dir.resolve("journal");
        List<Process> children = List.of(
                JournalCrashChild.start(journal, "ana", "ana", NOTES),
                JournalCrashChild.start(journal, "bo", "bo", NOTES),
                // The same responder in a second console: must not share (and tear) ana's file.
                JournalCrashChild.start(journal, "ana", "ana2", NOTES));
        for (Process p : children) {
            assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }

        try (Stream<Path> files = Files.list(journal)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).hasSize(3)
                    .contains("ana.jsonl", "bo.jsonl").anyMatch(n -> n.matches("ana-[0-9a-f]{8}\\.jsonl"));
        }
        JournalReplay.Result replay = JournalReplay.replay(journal);
        assertThat(replay.warnings()).isEmpty();
        assertThat(replay.records()).hasSize(3 * NOTES);

        IncidentTimeline timeline = new IncidentTimeline();
        timeline.apply(replay.records());
        List<TimelineEntry> entries = timeline.entries();
        assertThat(entries).hasSize(3 * NOTES);
        for (String prefix : List.of("ana", "bo", "ana2")) {
            List<String> own = entries.stream().map(TimelineEntry::text).filter(t -> t.startsWith(prefix + "-")).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < NOTES; i++) {
                expected.add(prefix + "-" + i);
            }
            assertThat(own).as("each writer's notes complete and in order").isEqualTo(expected);
        }

        assertThat(JournalReplay.replay(journal).records()).as("the merge is deterministic").isEqualTo(replay.records());
        List<Journaled> reversed = new ArrayList<>(replay.records());
        Collections.reverse(reversed);
        IncidentTimeline other = new IncidentTimeline();
        other.apply(reversed);
        assertThat(other.entries()).isEqualTo(entries);
    }
}
