package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths a person names on the command line that are not what the command needs: said of that path, in one line. */
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
}
