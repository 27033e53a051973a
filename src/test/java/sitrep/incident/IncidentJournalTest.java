package sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.EntryKind;

class IncidentJournalTest {

    @TempDir
    Path dir;

    private static final Instant T = Instant.parse("2026-06-10T14:00:00Z");

    private static JournalRecord note(String author, int second, String text) {
        return JournalRecord.added(JournalRecord.newId(), author, T.plusSeconds(second), T.plusSeconds(second),
                EntryKind.NOTE, text, Map.of());
    }

    @Test
    void appendedRecordsReplayExactlyWithTheirPlaceInTheFile() throws IOException {
        JournalRecord a = JournalRecord.added("e1", "Ana Lima", T, T.minusSeconds(60), EntryKind.ACTION,
                "restarted \"pgbouncer\"\nline two", Map.of("alert", "HighLatency"));
        JournalRecord b = JournalRecord.edited("e1", "Ana Lima", T.plusSeconds(5), T, EntryKind.MITIGATION, "x");
        try (IncidentJournal j = IncidentJournal.open(dir, "Ana Lima")) {
            assertThat(j.file().getFileName().toString()).isEqualTo("ana-lima.jsonl");
            assertThat(j.append(a)).isEqualTo(new Journaled(a, "ana-lima.jsonl", 1));
            assertThat(j.append(b).line()).isEqualTo(2);
        }
        String text = Files.readString(dir.resolve("ana-lima.jsonl"));
        assertThat(text.lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"v\":1,"));

        JournalReplay.Result r = JournalReplay.replay(dir);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.records()).extracting(Journaled::record).containsExactly(a, b);
    }

    @Test
    void reopeningContinuesTheLineCount() throws IOException {
        try (IncidentJournal j = IncidentJournal.open(dir, "bo")) {
            j.append(note("bo", 1, "one"));
        }
        try (IncidentJournal j = IncidentJournal.open(dir, "bo")) {
            assertThat(j.append(note("bo", 2, "two")).line()).isEqualTo(2);
        }
    }

    @Test
    void tornGarbageAndNewerVersionLinesAreSkippedWithWarningsAndNeverRewritten() throws IOException {
        Path file = dir.resolve("cy.jsonl");
        try (IncidentJournal j = IncidentJournal.open(dir, "cy")) {
            j.append(note("cy", 1, "first"));
        }
        Files.writeString(file, "this is not json\n"
                + "{\"v\":2,\"type\":\"entry.added\",\"id\":\"future\"}\n"
                + "{\"v\":1,\"type\":\"entry.added\",\"id\":\"x\",\"author\":\"cy\"}\n"
                + "{\"v\":1,\"type\":\"entry.added\",\"id\":\"torn", StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(file);

        JournalReplay.Result r = JournalReplay.replay(dir);

        assertThat(r.records()).extracting(j -> j.record().text()).containsExactly("first");
        assertThat(r.warnings()).hasSize(4);
        assertThat(r.warnings()).extracting(ReplayWarning::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(r.warnings().get(0).reason()).contains("not valid JSON");
        assertThat(r.warnings().get(1).reason()).contains("format version 2");
        assertThat(r.warnings().get(2).reason()).contains("missing field");
        assertThat(r.warnings().get(3).toString()).contains("journal/cy.jsonl line 5").contains("incomplete");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void appendingAfterATornTailStartsAFreshLine() throws IOException {
        Path file = dir.resolve("cy.jsonl");
        Files.writeString(file, "{\"v\":1,\"type\":\"entry.ad");
        try (IncidentJournal j = IncidentJournal.open(dir, "cy")) {
            assertThat(j.append(note("cy", 1, "after the crash")).line()).isEqualTo(2);
        }
        JournalReplay.Result r = JournalReplay.replay(dir);
        assertThat(r.records()).extracting(j -> j.record().text()).containsExactly("after the crash");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(1));
        assertThat(Files.readString(file)).startsWith("{\"v\":1,\"type\":\"entry.ad\n{");
    }

    @Test
    void theSameAuthorTwiceGetsASecondFileInsteadOfSharingOne() throws IOException {
        try (IncidentJournal first = IncidentJournal.open(dir, "ana");
             IncidentJournal second = IncidentJournal.open(dir, "ana")) {
            assertThat(second.file()).isNotEqualTo(first.file());
            assertThat(second.file().getFileName().toString()).matches("ana-[0-9a-f]{8}\\.jsonl");
            first.append(note("ana", 1, "from one"));
            second.append(note("ana", 2, "from two"));
        }
        assertThat(JournalReplay.replay(dir).records()).extracting(j -> j.record().text())
                .containsExactly("from one", "from two");
    }

    @Test
    void aFolderThatCannotBeWrittenIsALoudError() throws IOException {
        // Root ignores chmod, so make the journal folder's parent a regular file instead.
        Path notADir = dir.resolve("incident");
        Files.writeString(notADir, "a file", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IncidentJournal.open(notADir.resolve("journal"), "ana"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot create the journal folder").hasMessageContaining(notADir.toString());
    }

    @Test
    void authorSlugs() {
        assertThat(IncidentJournal.slug("Ana María Lima")).isEqualTo("ana-mar-a-lima");
        assertThat(IncidentJournal.slug("../../etc")).isEqualTo("etc");
        assertThat(IncidentJournal.slug("  ")).isEqualTo("responder");
    }
}
