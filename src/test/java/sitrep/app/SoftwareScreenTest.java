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
    void aMachineWithoutAGraphicsDeviceStartsGtkWithoutOpenGlAndJavaFxInSoftware() throws IOException {
        Files.createFile(dev.resolve("null"));
        Files.createDirectories(dev.resolve("dri")); // an empty folder is no device
        assertThat(SoftwareScreen.hasGraphicsDevice(dev)).isFalse();
        assertThat(SoftwareScreen.environmentFor(Map.of("DISPLAY", ":0"), dev)).isEqualTo(Map.of("GDK_GL", "disable"));
        assertThat(SoftwareScreen.pipelineFor(null, dev)).contains("sw");
    }

    @Test
    void aDrmNvidiaOrWslDeviceLeavesBothToTheToolkit() throws IOException {
        Path dri = Files.createDirectories(dev.resolve("dri"));
        for (Path device : new Path[] {dri.resolve("renderD128"), dev.resolve("nvidia0"), dev.resolve("dxg")}) {
            Files.createFile(device);
            assertThat(SoftwareScreen.hasGraphicsDevice(dev)).as(device.toString()).isTrue();
            assertThat(SoftwareScreen.environmentFor(Map.of(), dev)).isEmpty();
            assertThat(SoftwareScreen.pipelineFor(null, dev)).isEmpty();
            Files.delete(device);
        }
    }

    @Test
    void whatAPersonSetsIsKept() {
        // GDK_GL in the environment, prism.order as a property (command line, JDK_JAVA_OPTIONS, JAVA_TOOL_OPTIONS).
        assertThat(SoftwareScreen.environmentFor(Map.of("GDK_GL", "always"), dev)).isEmpty();
        assertThat(SoftwareScreen.pipelineFor("es2", dev)).isEmpty();
    }
}
