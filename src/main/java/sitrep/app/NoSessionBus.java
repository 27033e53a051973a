package sitrep.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A session with no D-Bus session bus to reach and nothing to start one (a bare X server, {@code ssh -X}, a minimal
 * window manager, a container). As the toolkit starts, GTK's accessibility bridge and GIO's settings each look for
 * the bus, and finding none they fork the console's JVM to run {@code dbus-launch}, which is not there: three
 * attempts, about 0.14 s of a start on two cores (docs/decisions/11-15). And each time a file chooser closes, GTK
 * saves the chooser's settings through dconf, which writes only over the bus: seventeen more attempts, each a line
 * of "dconf-WARNING" on the console's terminal. There the console's JVM is told that there is no bus
 * ({@code DBUS_SESSION_BUS_ADDRESS=disabled:}, an address no D-Bus library connects to or launches), which loses
 * nothing, since there was none to reach, and GTK keeps its settings in memory for the run
 * ({@code GSETTINGS_BACKEND=memory}, unless the person chose a backend), which loses only the file chooser's
 * preferences another session may have written. A bus named in the environment (even an empty name: the person
 * decides), one at the user's runtime folder, or a {@code dbus-launch} that could start one leaves it all alone.
 * Both launcher scripts decide the same in sh ({@code packaging/common/toolkit-environment}, which they source).
 */
final class NoSessionBus {

    /** The variable D-Bus libraries read the session bus's address from. */
    static final String ADDRESS = "DBUS_SESSION_BUS_ADDRESS";
    /** The variable GIO reads the settings' backend from. */
    static final String SETTINGS_BACKEND = "GSETTINGS_BACKEND";
    /** The environment of a console's JVM that has no bus to reach. */
    static final Map<String, String> ENVIRONMENT = Map.of(ADDRESS, "disabled:", SETTINGS_BACKEND, "memory");
    /** Where libdbus runs dbus-launch from before it searches the PATH (the folder it was built for). */
    static final Path BUILT_IN_LAUNCHER = Path.of("/usr/bin/dbus-launch");
    private static final String LAUNCHER = "dbus-launch";

    private NoSessionBus() {
    }

    /**
     * The environment a console's JVM gets on top of {@code environment}: the no-bus address and settings kept in
     * memory when no bus can be reached or started from it.
     *
     * @param builtInLauncher the dbus-launch libdbus tries first, whatever the PATH
     */
    static Map<String, String> environmentFor(Map<String, String> environment, Path builtInLauncher) {
        if (environment.containsKey(ADDRESS)) {
            return Map.of();
        }
        Path runtime = runtimeFolder(environment);
        if (runtime != null && Files.exists(runtime.resolve("bus"))) {
            return Map.of();
        }
        for (Path launcher : launchers(environment, builtInLauncher)) {
            if (Files.isExecutable(launcher)) {
                return Map.of();
            }
        }
        return environment.containsKey(SETTINGS_BACKEND) ? Map.of(ADDRESS, ENVIRONMENT.get(ADDRESS)) : ENVIRONMENT;
    }

    /**
     * Where the user's bus socket would be: $XDG_RUNTIME_DIR, or GLib's stand-in for it when unset, the user's cache
     * folder (libdbus then looks nowhere, so GLib's is the wider of the two).
     */
    private static Path runtimeFolder(Map<String, String> environment) {
        String runtime = environment.get("XDG_RUNTIME_DIR");
        String home = environment.get("HOME");
        try {
            if (runtime != null && !runtime.isEmpty()) {
                return Path.of(runtime);
            }
            return home == null || home.isEmpty() ? null : Path.of(home, ".cache");
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Every dbus-launch that GLib or libdbus would run: libdbus's own, then each of the PATH's. */
    private static List<Path> launchers(Map<String, String> environment, Path builtInLauncher) {
        List<Path> found = new ArrayList<>();
        found.add(builtInLauncher);
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            try {
                // An empty entry is the working folder, as for any program searched on the PATH.
                found.add(Path.of(folder.isEmpty() ? "." : folder, LAUNCHER));
            } catch (InvalidPathException e) {
                // a folder no program could be run from
            }
        }
        return found;
    }
}
