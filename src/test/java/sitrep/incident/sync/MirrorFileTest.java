package sitrep.incident.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.incident.IncidentJournal;

class MirrorFileTest {

    @TempDir
    Path dir;

    @Test
    void itsLineCountIsTheCursorAndATornTailIsCutBeforeTheNextAppend() throws Exception {
        Path file = dir.resolve("ana.jsonl");
        // A previous replicator died in the middle of its append.
        Files.writeString(file, "{\"a\":1}\n{\"a\":2}\n{\"a\":", StandardCharsets.UTF_8);
        MirrorFile mirror = new MirrorFile(file);
        assertThat(mirror.lines()).isEqualTo(2);
        mirror.append(List.of("{\"a\":3}", "{\"a\":4}"));
        assertThat(Files.readString(file)).isEqualTo("{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n{\"a\":4}\n");
        assertThat(mirror.lines()).isEqualTo(4);
    }

    @Test
    void anotherProcessAppendingIsNoticedBeforeTheNextAppend() throws Exception {
        Path file = dir.resolve("bo.jsonl");
        MirrorFile mirror = new MirrorFile(file);
        mirror.append(List.of("one"));
        Files.writeString(file, "two\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        mirror.append(List.of("three"));
        assertThat(Files.readAllLines(file)).containsExactly("one", "two", "three");
        assertThat(mirror.lines()).isEqualTo(3);
    }

    @Test
    void aResponderNeverClaimsAMirroredJournal() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.writeString(journal.resolve("ana.jsonl"), "mirrored\n");
        Files.writeString(journal.resolve("ana.jsonl" + IncidentJournal.MIRROR_MARKER_SUFFIX), "{}");
        try (IncidentJournal mine = IncidentJournal.open(journal, "Ana")) {
            assertThat(mine.file().getFileName().toString()).matches("ana-[0-9a-f]{8}\\.jsonl");
        }
        assertThat(Files.readString(journal.resolve("ana.jsonl"))).isEqualTo("mirrored\n");
    }

    @Test
    void localLinesAreReadCompleteOnlyAndNumberedAsReplayNumbersThem() throws Exception {
        Path file = dir.resolve("local.jsonl");
        Files.writeString(file, "a\n\nc\nd-torn", StandardCharsets.UTF_8);
        LineTail tail = new LineTail(file);
        assertThat(tail.completeLines()).isEqualTo(3);
        assertThat(tail.linesFrom(2, 10)).containsExactly("", "c");
        assertThat(tail.linesFrom(1, 1)).containsExactly("a");
        Files.writeString(file, "\ne\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThat(tail.linesFrom(4, 10)).containsExactly("d-torn", "e");
        assertThat(LineTail.text(new byte[] {'x', 0, (byte) 0xC3})).isEqualTo("x\uFFFD\uFFFD");
    }
}
