package sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;

class IncidentSessionTest {

    @TempDir
    Path dir;

    private static final Incident NEW = new Incident("db down", IncidentZone.parse("EAT"),
            Instant.parse("2026-06-10T10:00:00Z"), null, "SEV2", Map.of(), true);

    private static JournalRecord note(String author, String text) {
        Instant now = Instant.now();
        return JournalRecord.added(JournalRecord.newId(), author, now, now, EntryKind.NOTE, text, Map.of());
    }

    @Test
    void replaysWhatIsThereThenWatchesOnlyWhatIsNew() throws Exception {
        Path inc = dir.resolve("inc");
        try (IncidentSession bo = IncidentSession.open(inc, "bo", NEW)) {
            bo.journal().append(note("bo", "before ana joined"));
            Files.writeString(bo.folder().journalDir().resolve("zed.jsonl"), "garbage\n");

            List<Journaled> seen = new CopyOnWriteArrayList<>();
            try (IncidentSession ana = IncidentSession.open(inc, "ana", NEW.withTitle("ignored: it exists"))) {
                assertThat(ana.folder().incident()).isEqualTo(NEW);
                assertThat(ana.initial().records()).extracting(j -> j.record().text()).containsExactly("before ana joined");
                assertThat(ana.initial().warnings()).singleElement().satisfies(w -> assertThat(w.file()).isEqualTo("zed.jsonl"));

                ana.watch(batch -> seen.addAll(batch.records()));
                bo.journal().append(note("bo", "after"));
                long deadline = System.nanoTime() + 2_000_000_000L;
                while (seen.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            }
            assertThat(seen).extracting(j -> j.record().text()).containsExactly("after");
        }
    }
}
