package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged console keeps the start picture it drew, and the next start with the same settings shows that one
 * instead of drawing it (docs/decisions/11-14); a start whose theme changed draws its own.
 */
class KeptPictureIT {

    @Test
    void theSecondStartShowsThePictureTheFirstKeptAndAnotherThemeIsDrawn(@TempDir Path home) throws Exception {
        Path kept = home.resolve("cache").resolve("sitrep").resolve("start-picture.bin");
        try (PrivateScreen screen = PrivateScreen.start("1366x768")) {
            try (PackagedConsole first = PackagedConsole.start(screen, home)) {
                first.awaitConsoleReady();
                assertThat(first.log()).doesNotContain(StartPicture.KEPT);
                awaitFile(kept);
            }
            try (PackagedConsole second = PackagedConsole.start(screen, home)) {
                second.awaitFirstChart();
                assertThat(second.log()).contains(StartPicture.KEPT);
                second.awaitConsoleReady();
            }
            Path settings = home.resolve("config").resolve("sitrep").resolve("settings.json");
            String json = Files.readString(settings);
            assertThat(json).contains("\"theme\": \"DARK\"");
            Files.writeString(settings, json.replace("\"theme\": \"DARK\"", "\"theme\": \"LIGHT\""));
            try (PackagedConsole light = PackagedConsole.start(screen, home)) {
                light.awaitFirstChart();
                assertThat(light.log()).doesNotContain(StartPicture.KEPT);
            }
        }
    }

    private static void awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        assertThat(file).as("the picture kept for the next start").exists();
    }
}
