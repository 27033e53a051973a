package sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.EntryKind;

class JournalWatcherTest {

    @TempDir
    Path dir;

    private final List<Journaled> seen = new CopyOnWriteArrayList<>();

    private static JournalRecord note(String author, String text) {
        return JournalRecord.added(JournalRecord.newId(), author, Instant.now(), Instant.now(), EntryKind.NOTE, text, Map.of());
    }

    private void awaitSeen(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (seen.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void anotherRespondersAppendsArriveWithinTwoSecondsAndOnlyOnce() throws Exception {
        try (IncidentJournal bo = IncidentJournal.open(dir, "bo")) {
            bo.append(note("bo", "before"));
            JournalReader reader = new JournalReader(dir);
            assertThat(reader.readNew().records()).hasSize(1);
            // A long poll interval: only the file events can make this fast.
            try (JournalWatcher w = new JournalWatcher(reader, Duration.ofSeconds(30), b -> seen.addAll(b.records()));
                 IncidentJournal cy = IncidentJournal.open(dir, "cy")) {
                long start = System.nanoTime();
                bo.append(note("bo", "one"));
                cy.append(note("cy", "two"));
                awaitSeen(2, Duration.ofSeconds(2));
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                Thread.sleep(100);
                assertThat(seen).extracting(j -> j.record().text()).containsExactlyInAnyOrder("one", "two");
            }
        }
    }

    @Test
    void pollingFindsAppendsWithoutFileEventsAndWaitsForTheNewline() throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("dee.jsonl");
        JournalReader reader = new JournalReader(dir);
        String line = JournalCodec.encode(note("dee", "typed on a share"));
        Files.writeString(file, line.substring(0, 20), StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        JournalBatch partial = reader.readNew();
        assertThat(partial.records()).isEmpty();
        assertThat(partial.incompleteTails()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(1));

        Files.writeString(file, line.substring(20) + "\n", StandardOpenOption.APPEND);
        JournalBatch complete = reader.readNew();
        assertThat(complete.records()).singleElement().satisfies(j -> {
            assertThat(j.record().text()).isEqualTo("typed on a share");
            assertThat(j.line()).isEqualTo(1);
        });
        assertThat(complete.warnings()).isEmpty();
        assertThat(reader.readNew().records()).isEmpty();
    }
}
