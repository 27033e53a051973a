package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secrets saved in the settings are masked in what every subcommand prints or journals, whether or not that
 * command reads the settings itself. Each test has its own secret: the masker is process-wide.
 */
class SavedSecretsInCommandsTest {

    private final InProcessCli cli = new InProcessCli();

    @TempDir
    Path dir;

    private Path settingsWithToken(String token) throws IOException {
        Path config = dir.resolve("settings.json");
        Files.writeString(config, "{\"sourceOptions\": {\"http://127.0.0.1:9/\": {\"bearerToken\": \"" + token
                + "\"}}}");
        return config;
    }

    private int note(String inc, String text, String... before) {
        List<String> args = new ArrayList<>(List.of(before));
        args.addAll(List.of("note", "--incident", inc, "--author", "ana", "--zone", "UTC", "--at",
                "2023-06-10 09:00", text));
        return cli.run(args.toArray(String[]::new));
    }

    /** Everything under the incident's folder, as text. */
    private static String folderText(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void aNoteWithItsOwnAuthorQuotingASavedTokenIsJournaledMasked() throws IOException {
        String token = "saved-tok-" + System.nanoTime();
        Path config = settingsWithToken(token);
        Path inc = dir.resolve("inc");
        // --author: the note needs nothing else from the settings, and the token is still known.
        assertThat(note(inc.toString(), "curl -H 'Authorization: Bearer " + token + "' failed #followup",
                "--config", config.toString())).as(cli.err()).isZero();
        assertThat(folderText(inc)).contains("Bearer ***").doesNotContain(token);
        assertThat(cli.run("timeline", "--incident", inc.toString())).isZero();
        assertThat(cli.out()).contains("curl -H").doesNotContain(token);
    }

    @Test
    void aJournalWrittenBeforeTheTokenWasSavedIsMaskedByTimelineAndFollowups() throws IOException {
        String token = "later-tok-" + System.nanoTime();
        Path inc = dir.resolve("before");
        assertThat(note(inc.toString(), "TODO: rotate " + token + " @ana")).as(cli.err()).isZero();
        assertThat(folderText(inc)).as("written before the token was saved anywhere").contains(token);
        String config = settingsWithToken(token).toString();

        assertThat(cli.run("--config", config, "timeline", "--incident", inc.toString())).isZero();
        assertThat(cli.out()).contains("rotate ***").doesNotContain(token);
        for (String format : new String[] {"md", "csv", "json"}) {
            assertThat(cli.run("--config", config, "followups", "--incident", inc.toString(), "--format", format))
                    .as(format + ": " + cli.err()).isZero();
            assertThat(cli.out()).as(format).contains("rotate").doesNotContain(token);
        }
    }

    @Test
    void aTeamStorePasswordSavedInTheSettingsIsMasked() throws IOException {
        String password = "pg-pass-" + System.nanoTime();
        Path config = dir.resolve("team.json");
        Files.writeString(config, "{\"teamStore\": {\"url\": \"postgresql://127.0.0.1:9/sitrep\", \"user\": \"ana\","
                + " \"password\": \"" + password + "\"}}");
        Path inc = dir.resolve("team");
        assertThat(note(inc.toString(), "psql with PGPASSWORD=" + password + " works", "--config",
                config.toString())).as(cli.err()).isZero();
        assertThat(folderText(inc)).contains("PGPASSWORD=***").doesNotContain(password);
    }

    @Test
    void aBrokenSettingsFileIsReportedOnceNotOncePerReading() throws IOException {
        Path config = dir.resolve("broken.json");
        Files.writeString(config, "{\"theme\": ");
        List<LogRecord> warnings = new ArrayList<>();
        Handler keep = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(SettingsStore.class.getName());
        logger.addHandler(keep);
        try {
            // No --author: the note reads the settings for its author, after the command line read them for
            // their secrets.
            assertThat(cli.run("--config", config.toString(), "note", "--incident", dir.resolve("b").toString(),
                    "--zone", "UTC", "--at", "2023-06-10 09:00", "x")).as(cli.err()).isZero();
        } finally {
            logger.removeHandler(keep);
        }
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getMessage()).contains("could not be used");
        assertThat(Files.readString(config)).as("read only: left as it is").isEqualTo("{\"theme\": ");
    }
}
