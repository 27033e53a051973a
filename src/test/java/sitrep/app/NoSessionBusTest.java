package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoSessionBusTest {

    @TempDir
    Path dir;

    private Path runtime;
    private Path bin;
    private Path builtIn;
    private Map<String, String> env;

    @BeforeEach
    void aSessionWithoutABus() throws IOException {
        runtime = Files.createDirectories(dir.resolve("run/user/1000"));
        bin = Files.createDirectories(dir.resolve("bin"));
        builtIn = dir.resolve("usr-bin/dbus-launch");
        env = new HashMap<>(Map.of("XDG_RUNTIME_DIR", runtime.toString(), "HOME", dir.resolve("home").toString(),
                "PATH", bin + ":" + dir.resolve("no-such-folder"), "DISPLAY", ":0"));
    }

    private static void executable(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void noBusAndNothingToStartOneTellsTheToolkitThereIsNone() {
        assertThat(NoSessionBus.environmentFor(env, builtIn))
                .isEqualTo(Map.of("DBUS_SESSION_BUS_ADDRESS", "disabled:", "GSETTINGS_BACKEND", "memory"));
    }

    @Test
    void aSettingsBackendThePersonChoseIsKept() {
        env.put("GSETTINGS_BACKEND", "keyfile");
        assertThat(NoSessionBus.environmentFor(env, builtIn))
                .isEqualTo(Map.of("DBUS_SESSION_BUS_ADDRESS", "disabled:"));
    }

    @Test
    void aBusInTheEnvironmentEvenAnEmptyOneIsThePersonsChoice() {
        env.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus");
        assertThat(NoSessionBus.environmentFor(env, builtIn)).isEmpty();
        env.put("DBUS_SESSION_BUS_ADDRESS", "");
        assertThat(NoSessionBus.environmentFor(env, builtIn)).isEmpty();
    }

    @Test
    void aBusAtTheRuntimeFolderOrGlibsStandInForItIsUsed() throws IOException {
        Files.createFile(runtime.resolve("bus"));
        assertThat(NoSessionBus.environmentFor(env, builtIn)).isEmpty();

        env.remove("XDG_RUNTIME_DIR");
        assertThat(NoSessionBus.environmentFor(env, builtIn)).as("no runtime folder, no bus in the cache folder")
                .isEqualTo(NoSessionBus.ENVIRONMENT);
        Files.createDirectories(dir.resolve("home/.cache"));
        Files.createFile(dir.resolve("home/.cache/bus"));
        assertThat(NoSessionBus.environmentFor(env, builtIn)).isEmpty();
    }

    @Test
    void aDbusLaunchThatCouldStartABusIsLeftToDoSo() throws IOException {
        executable(bin.resolve("dbus-launch"));
        assertThat(NoSessionBus.environmentFor(env, builtIn)).as("on the PATH").isEmpty();
        Files.delete(bin.resolve("dbus-launch"));

        executable(builtIn);
        assertThat(NoSessionBus.environmentFor(env, builtIn)).as("libdbus's own").isEmpty();
    }

    @Test
    void aDbusLaunchThatCannotRunStartsNothing() throws IOException {
        Files.writeString(bin.resolve("dbus-launch"), "not a program");
        Files.setPosixFilePermissions(bin.resolve("dbus-launch"), PosixFilePermissions.fromString("rw-r--r--"));
        env.put("PATH", bin + "::" + "\0bad");
        assertThat(NoSessionBus.environmentFor(env, builtIn)).isEqualTo(NoSessionBus.ENVIRONMENT);
    }
}
