package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import sitrep.chart.ChartTheme;
import sitrep.panels.grafana.DashboardReader;
import sitrep.panels.grafana.PanelSet;
import sitrep.source.drill.Drill;

class StartPictureTest {

    private static final int DARK_BACKGROUND = 0x0d1117;

    private static StartState drillStart(Settings settings) {
        return new StartState(new SettingsStore.Loaded(settings, Optional.empty()),
                new DrillChoice(Drill.builtIn(Clock.systemUTC()), null));
    }

    @Test
    void aDrillStartIsDrawnWithItsBannerAndChartsWithData() throws Exception {
        Settings settings = new Settings();
        settings.setTheme(Settings.Theme.DARK);
        StartPicture picture = StartPicture.of(drillStart(settings)).orElseThrow();

        StartPicture.Drawn drawn = picture.draw(new StartPicture.Size(1024, 700)).orElseThrow();

        assertThat(drawn.width()).isEqualTo(1024);
        assertThat(drawn.height()).isEqualTo(700);
        assertThat(drawn.theme()).isEqualTo(ChartTheme.DARK);
        assertThat(drawn.argbPre()).hasSize(1024 * 700);
        BufferedImage image = new BufferedImage(1024, 700, BufferedImage.TYPE_INT_ARGB_PRE);
        image.setRGB(0, 0, 1024, 700, drawn.argbPre(), 0, 1024);
        Path png = Path.of("target", "start-picture-1024x700.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());
        // The drill banner's violet across the top, the console's dark background below it.
        assertThat(rgb(drawn, 5, 5)).isIn(0x6e40c9, 0x8957e5);
        assertThat(rgb(drawn, 1020, 690)).isEqualTo(DARK_BACKGROUND);
        // The charts: far more than a few pixels of the lower area differ from the background (lines, grid, axes).
        int drawnPixels = 0;
        for (int y = 120; y < 700; y++) {
            for (int x = 0; x < 1024; x++) {
                if (rgb(drawn, x, y) != DARK_BACKGROUND) {
                    drawnPixels++;
                }
            }
        }
        assertThat(drawnPixels).as("pixels drawn in the chart area").isGreaterThan(20_000);
    }

    @Test
    void theLightThemeIsDrawnLight() {
        Settings settings = new Settings();
        settings.setTheme(Settings.Theme.LIGHT);
        StartPicture.Drawn drawn = StartPicture.of(drillStart(settings)).orElseThrow()
                .draw(new StartPicture.Size(800, 600)).orElseThrow();
        assertThat(drawn.theme()).isEqualTo(ChartTheme.LIGHT);
        assertThat(rgb(drawn, 795, 595)).isEqualTo(0xffffff);
    }

    @Test
    void noPictureWithoutADrillOrWithAChosenPanelSet() throws Exception {
        Settings settings = new Settings();
        StartState noDrill = new StartState(new SettingsStore.Loaded(settings, Optional.empty()),
                new DrillChoice(null, null));
        assertThat(StartPicture.of(noDrill)).isEmpty();

        settings.putPanelSet(new PanelSet("Imported", DashboardReader.read("""
                {"title": "Imported", "panels": [{"id": 1, "type": "timeseries", "title": "Up",
                  "targets": [{"expr": "up"}]}]}"""), Map.of(), null));
        settings.setActivePanelSet("Imported");
        assertThat(StartPicture.of(drillStart(settings))).isEmpty();
    }

    @Test
    void theLikelySizeIsTheSavedWindowsElseTheDefault() {
        Settings settings = new Settings();
        assertThat(StartPicture.likelySize(settings)).isEqualTo(new StartPicture.Size(1600, 900));
        settings.setWindow(new Settings.WindowState(10, 10, 1366, 768, false, 0, 0));
        assertThat(StartPicture.likelySize(settings)).isEqualTo(new StartPicture.Size(1366, 768));
    }

    private static int rgb(StartPicture.Drawn d, int x, int y) {
        return d.argbPre()[y * d.width() + x] & 0xffffff;
    }
}
