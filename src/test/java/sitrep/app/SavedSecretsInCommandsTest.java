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

    /** What the settings store logs while {@code run} runs. */
    private static List<LogRecord> settingsStoreLog(Runnable run) {
        List<LogRecord> logged = new ArrayList<>();
        Handler keep = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
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
            run.run();
        } finally {
            logger.removeHandler(keep);
        }
        return logged;
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
        // No --author: the note reads the settings for its author, after the command line read them for their secrets.
        List<LogRecord> warnings = settingsStoreLog(() -> assertThat(cli.run("--config", config.toString(), "note",
                "--incident", dir.resolve("b").toString(), "--zone", "UTC", "--at", "2023-06-10 09:00", "x"))
                .as(cli.err()).isZero()).stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getMessage()).contains("could not be used");
        assertThat(Files.readString(config)).as("read only: left as it is").isEqualTo("{\"theme\": ");
    }

    @Test
    void oneUnusableSettingDoesNotTurnOffTheMaskingOfTheFilesSecrets() throws IOException {
        String token = "tok-bad-file-" + System.nanoTime();
        String inUrl = "prom-pw-" + System.nanoTime();
        String storePw = "store-pw-" + System.nanoTime();
        Path config = dir.resolve("partly-bad.json");
        Files.writeString(config, "{\"evidenceCapMiB\": \"lots\", \"prometheusUrl\": \"http://ops:" + inUrl
                + "@prom:9090\", \"teamStore\": {\"url\": \"postgresql://u:" + storePw + "@127.0.0.1:9/db\"},"
                + " \"sourceOptions\": {\"http://h/\": {\"bearerToken\": \"" + token + "\"}}}");
        Path inc = dir.resolve("partly");
        assertThat(note(inc.toString(), "quoting " + token + ", " + inUrl + " and " + storePw, "--config",
                config.toString())).as(cli.err()).isZero();
        assertThat(folderText(inc)).contains("quoting ***, *** and ***").doesNotContain(token, inUrl, storePw);
        assertThat(Files.readString(config)).as("read only: left as it is").contains("lots");
    }

    @Test
    void aTokenGivenAsTheAuthorNamesNeitherTheRecordNorTheJournalFile() throws IOException {
        String token = "tok-author-" + System.nanoTime();
        Path config = settingsWithToken(token);
        Path inc = dir.resolve("author");
        assertThat(cli.run("--config", config.toString(), "note", "--incident", inc.toString(), "--author", token,
                "--zone", "UTC", "--at", "2023-06-10 09:00", "hi")).as(cli.err()).isZero();
        assertThat(folderText(inc)).doesNotContain(token);
        try (Stream<Path> files = Files.walk(inc)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.toLowerCase().contains(token.toLowerCase()));
        }
    }

    @Test
    void aCommandThatReportsABrokenSettingsFileSaysItOnceAndTheStoreCommandsLeaveItInPlace() throws IOException {
        Path config = dir.resolve("broken-once.json");
        Files.writeString(config, "{\"evidenceCapMiB\": \"lots\"}");
        List<LogRecord> logged = settingsStoreLog(() -> cli.run("check", "--config", config.toString()));
        assertThat(cli.err().split("could not be used", -1)).as(cli.err()).hasSize(2);
        assertThat(logged).as("printed by the command, not logged as well").isEmpty();
        String inc = dir.resolve("x").toString();
        for (String[] command : new String[][] {{"incidents"}, {"sync", "--incident", inc},
                {"join", "--incident", inc, "0b7d4c2e-1111-4222-8333-944455556666"}}) {
            List<String> args = new ArrayList<>(List.of("--config", config.toString()));
            args.addAll(List.of(command));
            // No team store can come from this file: each fails, after reading it.
            assertThat(cli.run(args.toArray(String[]::new))).as(String.join(" ", command)).isNotZero();
            assertThat(Files.exists(config)).as(command[0] + " left the settings file in place").isTrue();
        }
    }
}
