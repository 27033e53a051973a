package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void theChartsAreDrawnWithoutAwtsDisplay(@TempDir Path home) throws Exception {
        Path classes = home.resolve("classes.txt");
        try (PrivateScreen screen = PrivateScreen.start("1366x768")) {
            try (PackagedConsole console = PackagedConsole.start(screen, home, "-Xlog:class+load=info:file=" + classes)) {
                console.awaitFirstChart();
            }
        }
        List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
        assertThat(loaded.stream().anyMatch(l -> l.contains(" org.jfree.chart.JFreeChart "))).as("Java2D drew the charts")
                .isTrue();
        // AWT's graphics environment class loads either way; only with a display does it bind Xlib and XRender.
        assertThat(loaded.stream().filter(l -> l.contains(" sun.awt.X11.XlibWrapper ") || l.contains(" sun.java2d.xr.")))
                .as("AWT's own connection to the display and its X rendering").isEmpty();
        assertThat(loaded.stream().anyMatch(l -> l.contains(" sun.java2d.HeadlessGraphicsEnvironment ")))
                .as("Java2D headless").isTrue();
    }
}
