package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged console in a real window, the drill playing, stopped as a session or a supervisor stops it: by SIGTERM.
 * It leaves the way Quit does (StopSignals), with no stack trace, and the settings it saves on the way out are there;
 * stopped while its start picture is up, it leaves as cleanly, without building the window.
 */
class StopBySignalIT {

    /** Sends SIGTERM, waits until the console left, and returns its log once its exit code was checked. */
    private static String sigterm(PackagedConsole console) throws Exception {
        Process process = console.process();
        try {
            new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the console left after SIGTERM").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String out = console.log();
        assertThat(process.exitValue()).as("exit code; log:%n%s", out).isZero();
        return out;
    }

    @Test
    void sigtermClosesTheConsoleThroughTheToolkit(@TempDir Path home) throws Exception {
        try (PrivateScreen screen = PrivateScreen.start("1366x768")) {
            // One JVM, as the launchers start it: the signal reaches the console itself.
            PackagedConsole console = PackagedConsole.start(screen, home);
            console.awaitConsoleReady();

            String out = sigterm(console);

            assertThat(out).contains("stopped by SIGTERM: closing the console");
            assertThat(List.of("Exception", "SEVERE", "\tat ")).noneMatch(out::contains);
            assertThat(home.resolve("config/sitrep/settings.json")).as("the window's layout saved on the way out")
                    .exists();
        }
    }

    /**
     * At the picture's line the window's build (about a second) is queued or has begun: the stop lands while the
     * console is being built. Composition's guard for a stop before the build is tested in StartPictureConsoleFxTest.
     * On a loaded host the first start's picture can miss its wait (StartPictureStage.LONGEST_WAIT) and the console's
     * own chart comes first; that start is stopped as cleanly, and the next finds the picture kept and shows it.
     */
    @Test
    void sigtermAtTheStartPicturesLineLeavesCleanly(@TempDir Path home) throws Exception {
        try (PrivateScreen screen = PrivateScreen.start("1366x768")) {
            String out = "";
            for (int start = 1; start <= 3 && !out.contains(FirstDataFrameWatch.ON_PICTURE); start++) {
                PackagedConsole console = PackagedConsole.start(screen, home);
                console.awaitFirstChart();
                out = sigterm(console);
                assertThat(List.of("Exception", "SEVERE", "\tat ")).as("log:%n%s", out).noneMatch(out::contains);
            }

            assertThat(out).as("one of three starts showed its start picture").contains(FirstDataFrameWatch.ON_PICTURE);
        }
    }
}
