package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftwareScreenTest {

    @TempDir
    Path dev;

    @Test
    void aMachineWithoutDriOrNvidiaDevicesGetsTheSoftwareScreen() throws IOException {
        Files.createFile(dev.resolve("null"));
        assertThat(SoftwareScreen.applies(Map.of(), dev)).isTrue();
        Files.createDirectories(dev.resolve("dri")); // an empty folder is no device
        assertThat(SoftwareScreen.applies(Map.of("DISPLAY", ":0"), dev)).isTrue();
    }

    @Test
    void aDrmDeviceOrNvidiasDriverKeepsTheToolkitsOwnChoice() throws IOException {
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri").resolve("renderD128"));
        assertThat(SoftwareScreen.applies(Map.of(), dev)).isFalse();

        Files.delete(dev.resolve("dri").resolve("renderD128"));
        Files.createFile(dev.resolve("nvidia0"));
        assertThat(SoftwareScreen.applies(Map.of(), dev)).isFalse();
    }

    @Test
    void aPersonWhoSetsGdkGlDecides() {
        assertThat(SoftwareScreen.applies(Map.of("GDK_GL", "always"), dev)).isFalse();
    }
}
