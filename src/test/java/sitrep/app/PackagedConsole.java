package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged console (target/sitrep.jar) in one JVM, as the launchers start it, on a private screen with its own
 * settings and data folders under {@code home}: the drill plays. For the ITs that run the real window.
 */
final class PackagedConsole implements AutoCloseable {

    static final String FIRST_CHART = "first chart with data on screen";

    private final Process process;
    private final Path log;

    private PackagedConsole(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts it with {@code jvmOptions} before {@code -jar}; its output goes to {@code home/console.log}. */
    static PackagedConsole start(PrivateScreen screen, Path home, String... jvmOptions) throws IOException {
        Path jar = Path.of(System.getProperty("sitrep.jar", "target/sitrep.jar")).toAbsolutePath();
        assertThat(jar).exists();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dsitrep.jvm=tuned");
        command.addAll(List.of(jvmOptions));
        command.add("-jar");
        command.add(jar.toString());
        Path log = home.resolve("console.log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", screen.display());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        // Its own cache too: a start picture kept by another test's console would be shown instead of drawn.
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        return new PackagedConsole(pb.start(), log);
    }

    /**
     * Waits up to a minute for the first chart with data (a drill's start picture); fails the test, with the log, if
     * the console ends first.
     */
    void awaitFirstChart() throws IOException, InterruptedException {
        awaitLine(FIRST_CHART, "the console showed its first chart");
    }

    /** Waits up to a minute until the console is built behind its start picture and its own charts are drawn. */
    void awaitConsoleReady() throws IOException, InterruptedException {
        awaitLine(FirstDataFrameWatch.CONSOLE_READY, "the console is ready");
    }

    private void awaitLine(String words, String what) throws IOException, InterruptedException {
        for (int i = 0; i < 600 && !log().contains(words); i++) {
            assertThat(process.isAlive()).as("the console is running; its log:%n%s", log()).isTrue();
            Thread.sleep(100);
        }
        assertThat(log()).as(what).contains(words);
    }

    /** Stops it as a session ending would (SIGTERM) and waits until it has left. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    Process process() {
        return process;
    }

    /** What it printed so far. */
    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
