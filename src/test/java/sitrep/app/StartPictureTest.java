package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void theLikelySizeIsTheSavedWindowsElseTheDefaultAndAMaximizedOnesIsTheLastPictures() {
        Settings settings = new Settings();
        StartPicture picture = StartPicture.of(drillStart(settings), kept("build-1")).orElseThrow();
        assertThat(picture.likelySize(settings)).isEqualTo(new StartPicture.Size(1600, 900));
        settings.setWindow(new Settings.WindowState(10, 10, 1366, 768, false, 0, 0));
        assertThat(picture.likelySize(settings)).isEqualTo(new StartPicture.Size(1366, 768));
        // Maximized, the window has the screen's size, not known before the toolkit starts; nothing kept yet.
        settings.setWindow(new Settings.WindowState(10, 10, 1366, 768, true, 0, 0));
        assertThat(picture.likelySize(settings)).isEqualTo(new StartPicture.Size(1366, 768));
        draw(settings, "build-1");
        assertThat(picture.likelySize(settings)).isEqualTo(SIZE);
    }

    private static final StartPicture.Size SIZE = new StartPicture.Size(640, 400);

    @TempDir
    Path dir;

    private Path keptFile() {
        return dir.resolve("cache").resolve("start-picture.bin");
    }

    private KeptPicture kept(String build) {
        return new KeptPicture(keptFile(), build);
    }

    /** Draws the picture of a new drill start and keeps it, as the window does once it is on screen. */
    private StartPicture.Drawn draw(Settings settings, String build) {
        StartPicture.Drawn drawn = StartPicture.of(drillStart(settings), kept(build)).orElseThrow().draw(SIZE)
                .orElseThrow();
        drawn.keep().run();
        return drawn;
    }

    private byte[] keptBytes() throws Exception {
        return Files.readAllBytes(keptFile());
    }

    /** The kept file's bytes, read as it is written: in this machine's byte order. */
    private static ByteBuffer buffer(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
    }

    private int keptLastPixel() throws Exception {
        byte[] kept = keptBytes();
        return buffer(kept).getInt(kept.length - 4);
    }

    /** Flips bits of the kept picture's last pixel, so a picture read from the file is told from one drawn. */
    private void markKept(byte[] bytes) throws Exception {
        ByteBuffer b = buffer(bytes);
        b.putInt(bytes.length - 4, b.getInt(bytes.length - 4) ^ 0x55);
        Files.write(keptFile(), bytes);
    }

    @Test
    void aDrawnPictureIsKeptAndTheNextStartWithTheSameInputsShowsItInsteadOfDrawing() throws Exception {
        Settings settings = new Settings();
        StartPicture.Drawn first = draw(settings, "build-1");
        markKept(keptBytes());
        // The next start, a moment later: its drill's clock has moved on (at 52x), its picture is as of where the
        // clock was set, so it describes the same inputs.
        Thread.sleep(100);
        StartPicture.Drawn second = draw(settings, "build-1");

        int last = first.argbPre().length - 1;
        assertThat(second.argbPre()[last]).isEqualTo(first.argbPre()[last] ^ 0x55);
        assertThat(Arrays.copyOf(second.argbPre(), last)).isEqualTo(Arrays.copyOf(first.argbPre(), last));
        assertThat(second.theme()).isEqualTo(first.theme());
    }

    @Test
    void anotherThemeOrBuildIsDrawnAgainAndReplacesTheKeptPicture() throws Exception {
        Settings settings = new Settings();
        settings.setTheme(Settings.Theme.DARK);
        StartPicture.Drawn dark = draw(settings, "build-1");
        markKept(keptBytes());
        int last = dark.argbPre().length - 1;

        StartPicture.Drawn otherBuild = draw(settings, "build-2");
        assertThat(otherBuild.argbPre()).isEqualTo(dark.argbPre()); // drawn again: not the marked pixel
        assertThat(keptLastPixel()).isEqualTo(dark.argbPre()[last]);

        settings.setTheme(Settings.Theme.LIGHT);
        StartPicture.Drawn light = draw(settings, "build-2");
        assertThat(rgb(light, SIZE.width() - 5, SIZE.height() - 5)).isEqualTo(0xffffff);
        assertThat(keptLastPixel()).as("the light picture is the one kept now").isEqualTo(light.argbPre()[last]);
    }

    @Test
    void aDamagedOrHalfWrittenKeptPictureIsDrawnAgainWithoutAFailure() throws Exception {
        Settings settings = new Settings();
        StartPicture.Drawn drawn = draw(settings, "build-1");
        byte[] whole = keptBytes();
        for (byte[] damaged : List.of(Arrays.copyOf(whole, whole.length - 1000), Arrays.copyOf(whole, 30),
                "not a picture".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            Files.write(keptFile(), damaged);
            assertThat(draw(settings, "build-1").argbPre()).isEqualTo(drawn.argbPre());
        }
        // A header that claims a picture larger than any screen is not believed as the size a window will have.
        ByteBuffer huge = buffer(whole.clone());
        huge.putInt("sitrep start picture 4\n".length(), 1 << 20);
        Files.write(keptFile(), huge.array());
        assertThat(kept("build-1").keptSize()).isEmpty();
        assertThat(draw(settings, "build-1").argbPre()).isEqualTo(drawn.argbPre());
        assertThat(kept("build-1").keptSize()).contains(SIZE);
    }

    @Test
    void aPictureKeptUnderAnotherLocaleIsDrawnAgain() throws Exception {
        Settings settings = new Settings();
        StartPicture.Drawn english = draw(settings, "build-1");
        markKept(keptBytes());
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            // Month names and number separators on the axes follow the format locale.
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            StartPicture.Drawn german = StartPicture.of(drillStart(settings), kept("build-1")).orElseThrow().draw(SIZE)
                    .orElseThrow();
            int last = english.argbPre().length - 1;
            assertThat(german.argbPre()[last]).as("drawn, not the kept one").isEqualTo(english.argbPre()[last]);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    /** Settings whose window has the test's picture size, so that a start's likely size is {@link #SIZE}. */
    private static Settings sized() {
        Settings settings = new Settings();
        settings.setWindow(new Settings.WindowState(10, 10, SIZE.width(), SIZE.height(), false, 0, 0));
        return settings;
    }

    private static final StartPicture.Origin BUILT_IN = new StartPicture.Origin(LaunchOptions.BUILT_IN_DRILL, "");

    /** As {@link #draw}, by a start that knows where its drill came from: the picture is kept findable ahead too. */
    private StartPicture.Drawn drawFrom(Settings settings, String build, StartPicture.Origin origin) {
        StartPicture.Drawn drawn = StartPicture.of(drillStart(settings), kept(build), origin).orElseThrow().draw(SIZE)
                .orElseThrow();
        drawn.keep().run();
        return drawn;
    }

    @Test
    void aPictureKeptByAStartThatKnewItsDrillsOriginIsFoundAheadWithoutReadingTheDrill() throws Exception {
        Settings settings = sized();
        StartPicture.Drawn drawn = drawFrom(settings, "build-1", BUILT_IN);
        markKept(keptBytes());

        StartPicture.Drawn ahead = StartPicture.keptAhead(settings, BUILT_IN, kept("build-1")).orElseThrow();

        int last = drawn.argbPre().length - 1;
        assertThat(ahead.argbPre()[last]).as("the kept pixels").isEqualTo(drawn.argbPre()[last] ^ 0x55);
        assertThat(Arrays.copyOf(ahead.argbPre(), last)).isEqualTo(Arrays.copyOf(drawn.argbPre(), last));
        assertThat(ahead.width()).isEqualTo(SIZE.width());
        assertThat(ahead.height()).isEqualTo(SIZE.height());
        assertThat(ahead.theme()).isEqualTo(drawn.theme());
    }

    @Test
    void noPictureIsFoundAheadForAnotherThemeBuildSizeDrillStartPointOrLocaleOrOneKeptByItsInputsOnly()
            throws Exception {
        Settings settings = sized();
        drawFrom(settings, "build-1", BUILT_IN);
        assertThat(StartPicture.keptAhead(settings, BUILT_IN, kept("build-1"))).isPresent();

        assertThat(StartPicture.keptAhead(settings, BUILT_IN, kept("build-2"))).as("another build").isEmpty();
        assertThat(StartPicture.keptAhead(settings, new StartPicture.Origin(LaunchOptions.BUILT_IN_DRILL, "15:30"),
                kept("build-1"))).as("the drill started elsewhere").isEmpty();
        assertThat(StartPicture.keptAhead(settings, new StartPicture.Origin("/drills/other.json|1|2|3", ""),
                kept("build-1"))).as("another drill").isEmpty();
        Settings light = sized();
        light.setTheme(Settings.Theme.LIGHT);
        assertThat(StartPicture.keptAhead(light, BUILT_IN, kept("build-1"))).as("another theme").isEmpty();
        Settings larger = sized();
        larger.setWindow(new Settings.WindowState(10, 10, 800, 600, false, 0, 0));
        assertThat(StartPicture.keptAhead(larger, BUILT_IN, kept("build-1"))).as("another size").isEmpty();
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            assertThat(StartPicture.keptAhead(settings, BUILT_IN, kept("build-1"))).as("another locale").isEmpty();
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }

        // Kept by a start that did not know its drill's origin: found by its inputs only.
        Files.delete(keptFile());
        draw(settings, "build-1");
        assertThat(StartPicture.keptAhead(settings, BUILT_IN, kept("build-1"))).as("kept by inputs only").isEmpty();
        // The next start that knows it finds it by its inputs and keeps it under its sources as well.
        drawFrom(settings, "build-1", BUILT_IN);
        assertThat(StartPicture.keptAhead(settings, BUILT_IN, kept("build-1"))).isPresent();
    }

    @Test
    void aDrillFilesOriginChangesWithItsContentsAndNoneIsKnownForAFileThatCannotBeRead() throws Exception {
        Settings settings = new Settings();
        Path file = dir.resolve("drill.json");
        Files.writeString(file, "{\"title\": \"one\"}");
        LaunchOptions options = new LaunchOptions(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.of(file.toString()), Optional.empty(), false, Optional.of("15:30"));
        StartPicture.Origin first = StartPicture.Origin.of(options, settings).orElseThrow();
        assertThat(first.drillFrom()).isEqualTo("15:30");
        assertThat(first.drill()).startsWith(file.toAbsolutePath().toString());

        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "{\"title\": \"two\"}"); // same size, same time
        Files.setLastModifiedTime(file, time);
        assertThat(StartPicture.Origin.of(options, settings).orElseThrow()).isNotEqualTo(first);

        Files.delete(file);
        assertThat(StartPicture.Origin.of(options, settings)).isEmpty();
        assertThat(StartPicture.Origin.of(LaunchOptions.none(), settings)).contains(BUILT_IN);
    }

    @Test
    void aBuildNotRunFromItsJarKeepsNothing() {
        assertThat(KeptPicture.forThisBuild()).isSameAs(KeptPicture.NONE);
    }

    private static int rgb(StartPicture.Drawn d, int x, int y) {
        return d.argbPre()[y * d.width() + x] & 0xffffff;
    }
}
