package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a person names on the command line that are not what the command needs: said of that file, in one line. */
class CommandPathsTest {

    private final InProcessCli cli = new InProcessCli();

    @TempDir
    Path dir;

    @Test
    void aConfigFileThatIsNotThereIsSaidNotSilentlyReplacedByDefaults() {
        Path missing = dir.resolve("nowhere").resolve("settings.json");
        assertThat(cli.run("check", "--config", missing.toString())).isNotZero();
        assertThat(cli.err()).contains("No settings file at " + missing.toAbsolutePath() + " (given with --config)");
    }

    @Test
    void importIntoAPathThatIsAFileNamesThatPathNotAHiddenFolderBesideIt() throws IOException {
        Path file = dir.resolve("f");
        Files.writeString(file, "x");
        Path pm = dir.resolve("pm.md");
        Files.writeString(pm, "# Postmortem\n");
        assertThat(cli.run("import", "--incident", file.toString(), "--author", "ana", pm.toString())).isNotZero();
        assertThat(cli.err()).contains("not a folder: " + file.toAbsolutePath()).doesNotContain(".building-");
    }

    @Test
    void aSettingsFileThatIsNotUtf8SaysSoAndABadStoreUrlInItIsNotBlamedOnAStoreFlag() throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', 'a', 'u', 't', 'h', 'o', 'r', '"', ':', '"', (byte) 0xe9, '"', '}'});
        cli.run("check", "--config", latin1.toString());
        assertThat(cli.err()).contains("not UTF-8 text").doesNotContain("Input length");

        Path badStore = dir.resolve("store.json");
        Files.writeString(badStore, "{\"teamStore\": {\"url\": \"http://db/sitrep\"}}");
        assertThat(cli.run("--config", badStore.toString(), "incidents")).isEqualTo(2);
        assertThat(cli.err()).contains("Invalid value for the team store URL in the settings")
                .doesNotContain("'--store'");
    }

    @Test
    void aFifoADeviceOrAnOversizedFileIsRefusedInOneLineBeforeItIsRead() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path big = dir.resolve("big.md");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputFile.CAP_BYTES + 1); // sparse: no disk used
        }
        for (Path file : new Path[] {fifo, Path.of("/dev/zero"), big}) {
            int code = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> cli.run("import", "--incident", dir.resolve("i-" + file.getFileName()).toString(),
                            "--author", "ana", file.toString()));
            assertThat(code).as(file.toString()).isEqualTo(1);
            assertThat(cli.err().strip().lines()).as(file.toString()).singleElement().asString()
                    .startsWith("sitrep: cannot read " + file).endsWith(file == big
                            ? "larger than 64 MB, the most Sitrep reads of such a file"
                            : "not a regular file (a folder, a FIFO or a device)");
            assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> cli.run("panels", "import", file.toString(), "--config", dir.resolve("s.json").toString())))
                    .as("panels import " + file).isEqualTo(1);
        }
    }

    @Test
    void aFileNameWithControlCharactersIsEscapedInTheErrorLine() {
        String name = dir.resolve("no\u001b[31mX").toString();
        assertThat(cli.run("import", "--incident", dir.resolve("i").toString(), "--author", "ana", name)).isEqualTo(1);
        assertThat(cli.err()).doesNotContain("\u001b").contains("no\\x1b[31mX");
        assertThat(cli.run("panels", "import", name, "--config", dir.resolve("s.json").toString())).isEqualTo(1);
        assertThat(cli.err()).doesNotContain("\u001b").contains("no\\x1b[31mX");
    }

    @Test
    void aPostmortemOnTheLastDayOfYear9999ImportsWithItsTimesKeptInUnplacedNotAsAFailure() throws IOException {
        Path pm = dir.resolve("edge.txt");
        Files.writeString(pm, "Outage - December 31, 9999\n\nSummary:\nDuration: December 31, 9999, 10:00 - 11:00 (UTC)\n"
                + "Impact: x\n\nTimeline:\n- 10:00: Monitoring alerts detected it.\n- 11:00: Fixed.\n");
        Path inc = dir.resolve("edge");
        assertThat(cli.run("import", "--incident", inc.toString(), "--author", "ana", pm.toString()))
                .as(cli.err()).isZero();
        assertThat(cli.err()).contains("outside the times Sitrep keeps");
        assertThat(cli.run("export", "--incident", inc.toString(), "--format", "md")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Monitoring alerts detected it.").contains("Fixed.");
    }
}
