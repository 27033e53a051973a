package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The steps status, severity, role and update share (see {@link JournaledCommand}), in the order they take them. */
class JournaledCommandTest {

    @TempDir
    Path dir;

    private final InProcessCli cli = new InProcessCli();
    private String inc;

    @BeforeEach
    void incidentInBerlin() {
        inc = dir.resolve("inc").toString();
        assertThat(cli.run("note", "--incident", inc, "--zone", "Europe/Berlin", "--author", "ana",
                "--at", "2023-06-10 14:00", "alerts fired")).as(cli.err()).isZero();
    }

    private long journalBytes() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("inc/journal"))) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    @Test
    void theArgumentIsCheckedBeforeTheFolderIsRead() {
        String missing = dir.resolve("none").toString();
        assertThat(cli.run("severity", "--incident", missing, "SEV9")).isEqualTo(2);
        assertThat(cli.err()).startsWith("sitrep: unknown severity 'SEV9'");
        assertThat(cli.run("update", "--incident", missing, "--state", "asleep", "all well")).isEqualTo(2);
        assertThat(cli.err()).startsWith("sitrep: unknown status 'asleep'");
        // A good argument meets the missing folder: one line, exit 1.
        assertThat(cli.run("severity", "--incident", missing, "SEV2")).isEqualTo(1);
        assertThat(cli.err()).startsWith("sitrep: no such folder: ").hasLineCount(1);
        // update reads the folder before its text: without --state the text is read in the current status.
        assertThat(cli.run("update", "--incident", missing, " ")).isEqualTo(1);
        assertThat(cli.run("update", "--incident", inc, " ")).isEqualTo(2);
        assertThat(cli.err()).startsWith("sitrep: the update has no text");
    }

    @Test
    void aBadAtIsAUsageErrorNamingTheOptionAndWritesNothing() throws IOException {
        long before = journalBytes();
        String[][] commands = {{"severity", "sev2"}, {"status", "identified"}, {"role", "scribe=bo"},
            {"update", "all well"}};
        for (String[] c : commands) {
            assertThat(cli.run(c[0], "--incident", inc, "--author", "bo", "--at", "half past", c[1]))
                    .as(c[0]).isEqualTo(2);
            assertThat(cli.err()).as(c[0]).startsWith("sitrep: Invalid value for option '--at': ");
        }
        assertThat(journalBytes()).isEqualTo(before);
    }

    @Test
    void aRecordIsStampedAtItsTimeInTheIncidentZoneByTheStrippedAuthor() throws IOException {
        long before = journalBytes();
        assertThat(cli.run("severity", "--incident", inc, "--author", "  bo ", "--at", "2023-06-10 14:05", "sev2"))
                .as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("severity SEV2 at 2023-06-10T14:05:00+02:00 by bo" + System.lineSeparator());
        assertThat(journalBytes()).isGreaterThan(before);
        assertThat(cli.run("timeline", "--incident", inc)).isZero();
        assertThat(cli.out()).contains("14:05:00 Europe/Berlin  severity    bo  Severity: SEV2");
    }

    @Test
    void aSkippedLineIsReportedOnOneEscapedLineWhateverTheJournalFileIsCalled() throws IOException {
        Files.writeString(dir.resolve("inc/journal/mallory\u001b[2J.jsonl"), "not json\n");
        for (String[] c : new String[][] {{"status", "identified"}, {"timeline"}}) {
            String[] args = c.length == 1 ? new String[] {c[0], "--incident", inc}
                    : new String[] {c[0], "--incident", inc, "--author", "bo", c[1]};
            assertThat(cli.run(args)).as(c[0]).isZero();
            assertThat(cli.err()).as(c[0]).startsWith("sitrep: warning: journal/mallory\\x1b[2J.jsonl line 1 skipped")
                    .hasLineCount(1).doesNotContain("\u001b");
        }
    }
}
