package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged console in a real window, the drill playing, stopped as a session or a supervisor stops it: by SIGTERM.
 * It leaves the way Quit does (StopSignals), with no stack trace, and the settings it saves on the way out are there.
 */
class StopBySignalIT {

    private static final String FIRST_CHART = "first chart with data on screen";

    @Test
    void sigtermClosesTheConsoleThroughTheToolkit(@TempDir Path home) throws Exception {
        Path jar = Path.of(System.getProperty("sitrep.jar", "target/sitrep.jar")).toAbsolutePath();
        assertThat(jar).exists();
        Path log = home.resolve("console.log");
        try (PrivateScreen screen = PrivateScreen.start(260, "1366x768")) {
            // One JVM, as the launchers start it: the signal reaches the console itself.
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dsitrep.jvm=tuned", "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("DISPLAY", screen.display());
            pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
            pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            Process console = pb.start();
            try {
                for (int i = 0; i < 600 && !Files.readString(log, StandardCharsets.UTF_8).contains(FIRST_CHART); i++) {
                    assertThat(console.isAlive()).as("the console is running; its log:%n%s", read(log)).isTrue();
                    Thread.sleep(100);
                }
                assertThat(read(log)).as("the console showed its first chart").contains(FIRST_CHART);

                new ProcessBuilder("kill", "-TERM", Long.toString(console.pid())).start().waitFor();

                assertThat(console.waitFor(20, TimeUnit.SECONDS)).as("the console left after SIGTERM").isTrue();
            } finally {
                console.destroyForcibly();
            }
            String out = read(log);
            assertThat(console.exitValue()).as("exit code; log:%n%s", out).isZero();
            assertThat(out).contains("stopped by SIGTERM: closing the console");
            assertThat(List.of("Exception", "SEVERE", "\tat ")).noneMatch(out::contains);
            assertThat(home.resolve("config/sitrep/settings.json")).as("the window's layout saved on the way out")
                    .exists();
        }
    }

    private static String read(Path log) throws java.io.IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
