package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged console draws its charts with Java2D into pixels and never opens a window of AWT's: Java2D runs
 * headless, so it does not connect to the display a second time beside the toolkit or probe its X rendering (about
 * 45 ms of a start on two cores, docs/decisions/11-06).
 */
class ChartsDrawnOffscreenIT {

    private static final String FIRST_CHART = "first chart with data on screen";

    @Test
    void theChartsAreDrawnWithoutAwtsDisplay(@TempDir Path home) throws Exception {
        Path jar = Path.of(System.getProperty("sitrep.jar", "target/sitrep.jar")).toAbsolutePath();
        assertThat(jar).exists();
        Path log = home.resolve("console.log");
        Path classes = home.resolve("classes.txt");
        try (PrivateScreen screen = PrivateScreen.start(280, "1366x768")) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dsitrep.jvm=tuned", "-Xlog:class+load=info:file=" + classes, "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("DISPLAY", screen.display());
            pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
            pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            Process console = pb.start();
            try {
                for (int i = 0; i < 600 && !read(log).contains(FIRST_CHART); i++) {
                    assertThat(console.isAlive()).as("the console is running; its log:%n%s", read(log)).isTrue();
                    Thread.sleep(100);
                }
                assertThat(read(log)).as("the console showed its first chart").contains(FIRST_CHART);
            } finally {
                console.destroy();
                console.waitFor();
            }
        }
        List<String> loaded = read(classes).lines().toList();
        assertThat(loaded.stream().anyMatch(l -> l.contains(" org.jfree.chart.JFreeChart "))).as("Java2D drew the charts")
                .isTrue();
        // AWT's graphics environment class loads either way; only with a display does it bind Xlib and XRender.
        assertThat(loaded.stream().filter(l -> l.contains(" sun.awt.X11.XlibWrapper ") || l.contains(" sun.java2d.xr.")))
                .as("AWT's own connection to the display and its X rendering").isEmpty();
        assertThat(loaded.stream().anyMatch(l -> l.contains(" sun.java2d.HeadlessGraphicsEnvironment ")))
                .as("Java2D headless").isTrue();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
