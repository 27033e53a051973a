package sitrep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A machine without a graphics device, where OpenGL could only be Mesa's software renderer: GTK loads it to choose
 * its visuals and JavaFX loads it to test it, then refuses it and draws in software anyway (about 60 MB and 0.1 s
 * of a start). There the console starts as it would end up (docs/decisions/11-09): GTK without OpenGL
 * ({@code GDK_GL=disable}, set by the launchers before the JVM starts, since GTK reads its environment, unless
 * the person set {@code GDK_GL}), and JavaFX's software pipeline ({@code prism.order=sw}, set in the console's JVM
 * before the toolkit starts, unless it was given in any of the ways a JVM takes a property). Both launcher scripts
 * look for the same devices in sh ({@code packaging/common/toolkit-environment}, which they source).
 */
final class SoftwareScreen {

    /** The JavaFX property that orders its pipelines. */
    static final String PIPELINE_PROPERTY = "prism.order";
    /** Its value for the software pipeline. */
    static final String SOFTWARE = "sw";
    /** Where this machine's devices are. */
    static final Path DEVICES = Path.of("/dev");
    /** GTK's variable for OpenGL; a person who sets it decides. */
    static final String GTK_GL = "GDK_GL";
    /** The environment that keeps GTK from loading OpenGL. */
    static final Map<String, String> ENVIRONMENT = Map.of(GTK_GL, "disable");

    private SoftwareScreen() {
    }

    /**
     * A DRM device (any GPU with a Mesa or kernel driver, virtual ones included), NVIDIA's own driver's, or WSL's
     * (Mesa's d3d12 driver). A folder that cannot be listed counts as none, as the launchers' glob finds none there.
     */
    static boolean hasGraphicsDevice(Path dev) {
        return any(dev.resolve("dri"), "") || any(dev, "nvidia") || Files.exists(dev.resolve("dxg"));
    }

    /** The environment a console's JVM gets on top of {@code environment}: GTK's part, unless GDK_GL is set. */
    static Map<String, String> environmentFor(Map<String, String> environment, Path dev) {
        return environment.containsKey(GTK_GL) || hasGraphicsDevice(dev) ? Map.of() : ENVIRONMENT;
    }

    /** The pipeline to set before the toolkit starts, given the property's value so far (null: not given). */
    static Optional<String> pipelineFor(String given, Path dev) {
        return given == null && !hasGraphicsDevice(dev) ? Optional.of(SOFTWARE) : Optional.empty();
    }

    /**
     * Whether the folder holds an entry whose name starts with {@code prefix} and not with a dot, as the launchers' sh
     * glob finds one. java.io's listing, not a glob's directory stream: the first JVM of a {@code java -jar} start
     * asks this before it starts the second one, and a glob compiles a regular expression.
     */
    private static boolean any(Path folder, String prefix) {
        String[] names = folder.toFile().list();
        if (names == null) {
            return false;
        }
        for (String name : names) {
            if (name.startsWith(prefix) && !name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
