package sitrep.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A machine without a graphics device, where OpenGL could only be Mesa's software renderer: GTK loads it to choose
 * its visuals and JavaFX loads it to test it, then refuses it and draws in software anyway (about 60 MB and 0.1 s
 * of a start). There the console starts with JavaFX's software pipeline and GTK without OpenGL, as it would end up
 * (docs/decisions/11-09). A person who sets {@code GDK_GL} decides for themselves. The launcher scripts
 * ({@code packaging/jar/sitrep}, {@code packaging/linux/launcher}) make the same check in sh; this one is for the
 * second JVM of {@code java -jar} and the start-up benchmark's bare window.
 */
final class SoftwareScreen {

    /** The JVM flag for the software pipeline. */
    static final String PIPELINE = "-Dprism.order=sw";
    /** The environment that keeps GTK from loading OpenGL. */
    static final Map<String, String> ENVIRONMENT = Map.of("GDK_GL", "disable");

    private SoftwareScreen() {
    }

    /** Whether a start with this environment, on a machine whose devices are under {@code dev}, is one. */
    static boolean applies(Map<String, String> environment, Path dev) {
        return !environment.containsKey("GDK_GL") && !hasGraphicsDevice(dev);
    }

    /** A DRM device (any GPU with a Mesa or kernel driver, virtual ones included) or NVIDIA's own driver's. */
    static boolean hasGraphicsDevice(Path dev) {
        if (any(dev.resolve("dri"), "*")) {
            return true;
        }
        return any(dev, "nvidia*");
    }

    private static boolean any(Path folder, String glob) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, glob)) {
            return found.iterator().hasNext();
        } catch (IOException | SecurityException e) {
            return true; // unreadable: leave the toolkit to find out, as without this check
        }
    }
}
