package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the journaling commands and the Grafana import print about text they did not make (an incident's title,
 * another responder's name, a dashboard's titles) reaches the terminal with its control characters escaped.
 */
class CommandOutputEscapesTest {

    private static final String ESC = "\u001b";
    private final InProcessCli cli = new InProcessCli();

    @TempDir
    Path dir;

    private static void assertInert(String out) {
        assertThat(out).doesNotContain(ESC).doesNotContain("\u0007").doesNotContain("\u202e").doesNotContain("\r");
    }

    @Test
    void titlesAndNamesFromTheJournalAreEscapedInWhatTheCommandsPrint() {
        String inc = dir.resolve("inc").toString();
        assertThat(cli.run("note", "--incident", inc, "--title", "T" + ESC + "[31mitle\u202e", "--author",
                "ev" + ESC + "[31mil", "--zone", "UTC", "--at", "2023-06-10 09:00", "start")).as(cli.err()).isZero();
        assertInert(cli.out());
        assertThat(cli.out()).contains("by ev\\x1b[31mil");

        assertThat(cli.run("update", "--incident", inc, "--author", "ana", "all good")).as(cli.err()).isZero();
        assertInert(cli.out());
        assertThat(cli.out()).contains("T\\x1b[31mitle\\u202e").contains("\n");

        assertThat(cli.run("role", "--incident", inc, "--author", "mallory", "commander=ev" + ESC + "]0;pwned\u0007al"))
                .as(cli.err()).isZero();
        assertThat(cli.run("role", "--incident", inc, "--author", "ana", "commander=bob")).as(cli.err()).isZero();
        assertInert(cli.out());
        assertThat(cli.out()).contains("\\x1b]0;pwned\\x07al hands command to bob");

        assertThat(cli.run("status", "--incident", inc, "--author", "ev" + ESC + "[31mil", "resolved"))
                .as(cli.err()).isZero();
        assertInert(cli.out());
    }

    @Test
    void aDashboardsTitlesAreEscapedInTheImportReportAndExactInItsJson() throws IOException {
        Path dashboard = dir.resolve("d.json");
        Files.writeString(dashboard, "{\"dashboard\": {\"title\": \"Dash \\u001b[31mred\\u202e\", \"panels\": [{\"type\":"
                + " \"timeseries\", \"title\": \"P1 \\u001b]0;x\\u0007\", \"targets\": [{\"expr\": \"up\"}]}]}}");
        Path config = dir.resolve("settings.json");
        assertThat(cli.run("panels", "import", dashboard.toString(), "--config", config.toString()))
                .as(cli.err()).isZero();
        assertInert(cli.out());
        assertThat(cli.out()).contains("Dash \\x1b[31mred\\u202e").contains("P1 \\x1b]0;x\\x07");
        assertThat(cli.run("panels", "import", dashboard.toString(), "--config", config.toString(), "--name", "again",
                "--json")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("P1 \\u001b]0;x\\u0007");
    }
}
