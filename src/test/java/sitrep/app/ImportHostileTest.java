package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports that would lose text, invent today's date, or leave half an incident behind. */
class ImportHostileTest {

    @TempDir
    Path dir;
    private final InProcessCli cli = new InProcessCli();

    private String export(Path incident) {
        assertThat(cli.run("export", "--incident", incident.toString(), "--format", "text")).isZero();
        return cli.out();
    }

    @Test
    void aDocumentWithADateButNoClockTimeIsNotDatedToday() throws IOException {
        Path file = dir.resolve("undated.md");
        Files.writeString(file, "Billing outage - March 3, 2021\n\n## Timeline\n- alert fired\n- rolled back\n\n"
                + "## Root cause\nA bad index.\n");
        Path inc = dir.resolve("inc");
        assertThat(cli.run("import", file.toString(), "--incident", inc.toString(), "--author", "ana")).isZero();
        assertThat(cli.err()).contains("no clock time");
        String text = export(inc);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(text).contains("March 3, 2021").doesNotContain(today);
        assertThat(Files.readString(inc.resolve("incident.json"))).contains("2021-03-03").doesNotContain(today);
    }

    @Test
    void aDocumentWithNoDateAtAllIsNotDatedTodayEither() throws IOException {
        Path file = dir.resolve("nothing.txt");
        Files.writeString(file, "Something broke\n\nRoot cause: unknown.\n");
        Path inc = dir.resolve("inc2");
        assertThat(cli.run("import", file.toString(), "--incident", inc.toString(), "--author", "ana")).isZero();
        assertThat(cli.err()).contains("never today");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(Files.readString(inc.resolve("incident.json"))).doesNotContain(today);
    }

    @Test
    void anImportThatFailsMidwayLeavesNoHalfIncident() throws IOException {
        Path target = dir.resolve("half");
        assertThatThrownBy(() -> IncidentBuiltAside.write(target, d -> {
            Files.writeString(d.resolve("incident.json"), "{}");
            Files.createDirectories(d.resolve("journal"));
            Files.writeString(d.resolve("journal/ana.jsonl"), "{\"v\":1}\n");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aCompleteImportAppearsWholeAndAnEmptyFolderIsAccepted() throws IOException {
        Path target = dir.resolve("made-by-hand");
        Files.createDirectories(target);
        Path file = dir.resolve("pm.md");
        Files.writeString(file, "DB outage - June 10, 2023\n\n## Timeline\n- 09:10 alert\n\n## Root cause\nDisk.\n");
        assertThat(cli.run("import", file.toString(), "--incident", target.toString(), "--author", "ana")).isZero();
        assertThat(target.resolve("incident.json")).exists();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("made-by-hand", "pm.md");
        }
        Path busy = dir.resolve("busy");
        Files.createDirectories(busy);
        Files.writeString(busy.resolve("notes.txt"), "mine");
        assertThat(cli.run("import", file.toString(), "--incident", busy.toString(), "--author", "ana")).isEqualTo(1);
        assertThat(cli.err()).contains("is not empty");
        assertThat(busy.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void importMessagesAreTerminalSafe() throws IOException {
        Path file = dir.resolve("ctl.md");
        Files.writeString(file, "Title\u001b[31m - June 10, 2023\n\n## Contacts\u0007\u202e\nCall Bob.\n");
        assertThat(cli.run("import", file.toString(), "--incident", dir.resolve("c").toString(), "--author", "ana"))
                .isZero();
        assertThat(cli.err()).doesNotContain("\u0007").doesNotContain("\u001b").doesNotContain("\u202e");
        assertThat(cli.out()).doesNotContain("\u001b");
    }
}
