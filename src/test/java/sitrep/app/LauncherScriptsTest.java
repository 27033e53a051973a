package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two launcher scripts (the jar's and the app image's) start java as TunedJvm starts the second JVM: GTK without
 * OpenGL exactly when {@link SoftwareScreen} finds no graphics device, never when GDK_GL is set, and the pipeline
 * left to the console's JVM. Each script runs here with a stand-in java that writes down what it was given. The
 * scripts look in /dev itself, so each machine checks the branch it has.
 */
class LauncherScriptsTest {

    /** What both launchers source, as the build puts it beside each. */
    private static final Path TOOLKIT_ENVIRONMENT = Path.of("packaging/common/toolkit-environment");

    @TempDir
    Path dir;

    /** Prints its arguments one a line, then GDK_GL's and the session bus's values (or "unset"). */
    private Path fakeJava(Path where) throws IOException {
        Files.createDirectories(where.getParent());
        Files.writeString(where, "#!/bin/sh\nfor a in \"$@\"; do echo \"arg $a\"; done\necho \"GDK_GL ${GDK_GL-unset}\"\n"
                + "echo \"BUS ${DBUS_SESSION_BUS_ADDRESS-unset}\"\n"
                + "echo \"SETTINGS ${GSETTINGS_BACKEND-unset}\"\n");
        Files.setPosixFilePermissions(where, PosixFilePermissions.fromString("rwxr-xr-x"));
        return where;
    }

    private Path jarLauncher() throws IOException {
        Path script = dir.resolve("jar/sitrep");
        Files.createDirectories(script.getParent());
        Files.writeString(script, Files.readString(Path.of("packaging/jar/sitrep"))
                .replace("@JAVA_OPTIONS@", "-XX:TieredStopAtLevel=1 -Dsitrep.jvm=tuned"));
        Files.copy(TOOLKIT_ENVIRONMENT, script.resolveSibling("toolkit-environment"),
                StandardCopyOption.REPLACE_EXISTING);
        return script;
    }

    private Path appImageLauncher() throws IOException {
        Path image = dir.resolve("image");
        Path script = image.resolve("bin/sitrep");
        Files.createDirectories(script.getParent());
        Files.copy(Path.of("packaging/linux/launcher"), script, StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(image.resolve("lib/app"));
        Files.copy(TOOLKIT_ENVIRONMENT, image.resolve("lib/app/toolkit-environment"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(image.resolve("lib/app/sitrep.cfg"), "[Application]\napp.classpath=$APPDIR/sitrep.jar\n"
                + "app.mainclass=sitrep.app.Main\n\n[JavaOptions]\njava-options=-Dsitrep.jvm=tuned\n");
        fakeJava(image.resolve("lib/runtime/bin/java"));
        return script;
    }

    private static List<String> run(Path script, Path java, String gdkGl) throws Exception {
        return run(script, java, gdkGl, Map.of());
    }

    /** Runs the script with GDK_GL and the session bus unset, then {@code gdkGl} and {@code env} set. */
    private static List<String> run(Path script, Path java, String gdkGl, Map<String, String> env) throws Exception {
        Path out = script.resolveSibling("out.txt");
        ProcessBuilder pb = new ProcessBuilder("sh", script.toString(), "--no-drill").redirectErrorStream(true)
                .redirectOutput(out.toFile());
        if (java != null) {
            pb.environment().put("JAVA", java.toString());
        }
        pb.environment().remove("GDK_GL");
        pb.environment().remove(NoSessionBus.ADDRESS);
        pb.environment().remove(NoSessionBus.SETTINGS_BACKEND);
        if (gdkGl != null) {
            pb.environment().put("GDK_GL", gdkGl);
        }
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    @Test
    void bothLaunchersStartGtkWithoutOpenGlExactlyWhenThisMachineHasNoGraphicsDevice() throws Exception {
        boolean software = !SoftwareScreen.hasGraphicsDevice(SoftwareScreen.DEVICES);
        List<String> jar = run(jarLauncher(), fakeJava(dir.resolve("java")), null);
        List<String> image = run(appImageLauncher(), null, null);
        for (List<String> seen : List.of(jar, image)) {
            assertThat(seen).contains("arg -Dsitrep.jvm=tuned", "arg --no-drill");
            assertThat(seen).contains(software ? "GDK_GL disable" : "GDK_GL unset");
            // The pipeline is the console's JVM's own choice, so a -Dprism.order of the person's wins whatever way
            // it is given.
            assertThat(seen).noneMatch(l -> l.startsWith("arg -Dprism.order"));
            // The console's own arguments stay last, after the JVM's.
            assertThat(seen.get(seen.size() - 4)).isEqualTo("arg --no-drill");
        }
    }

    @Test
    void aGdkGlSetByThePersonLeavesTheToolkitToChoose() throws Exception {
        for (List<String> seen : List.of(run(jarLauncher(), fakeJava(dir.resolve("java")), "always"),
                run(appImageLauncher(), null, "always"))) {
            assertThat(seen).contains("GDK_GL always");
        }
    }

    /**
     * A session with no bus: the scripts decide as {@link NoSessionBus} does on this machine (which may have
     * /usr/bin/dbus-launch), then each way a bus can be found keeps the variable unset, and one the person names wins.
     */
    @Test
    void bothLaunchersTellGtkThereIsNoSessionBusExactlyWhenNoneCanBeReachedOrStarted() throws Exception {
        Path runtime = Files.createDirectories(dir.resolve("runtime"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Map<String, String> noBus = Map.of("XDG_RUNTIME_DIR", runtime.toString(),
                "PATH", bin + ":/usr/bin:/bin");
        boolean none = !NoSessionBus.environmentFor(noBus, NoSessionBus.BUILT_IN_LAUNCHER).isEmpty();
        Path java = fakeJava(dir.resolve("java"));
        for (boolean jarScript : new boolean[] {true, false}) {
            Path script = jarScript ? jarLauncher() : appImageLauncher();
            Path fake = jarScript ? java : null;
            String which = jarScript ? "the jar's launcher" : "the app image's";
            assertThat(run(script, fake, null, noBus)).as(which)
                    .contains(none ? "BUS disabled:" : "BUS unset", none ? "SETTINGS memory" : "SETTINGS unset");
            Map<String, String> backend = new HashMap<>(noBus);
            backend.put(NoSessionBus.SETTINGS_BACKEND, "keyfile");
            assertThat(run(script, fake, null, backend)).as(which + ", a settings backend the person chose")
                    .contains("SETTINGS keyfile");

            Path socket = Files.createFile(runtime.resolve("bus"));
            assertThat(run(script, fake, null, noBus)).as(which + ", a bus at the runtime folder")
                    .contains("BUS unset", "SETTINGS unset");
            Files.delete(socket);

            Path launcher = bin.resolve("dbus-launch");
            Files.writeString(launcher, "#!/bin/sh\nexit 1\n");
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
            assertThat(run(script, fake, null, noBus)).as(which + ", a dbus-launch on the PATH")
                    .contains("BUS unset");
            Files.delete(launcher);

            Map<String, String> named = new HashMap<>(noBus);
            named.put(NoSessionBus.ADDRESS, "unix:path=/tmp/some-bus");
            assertThat(run(script, fake, null, named)).as(which + ", a bus the person names")
                    .contains("BUS unix:path=/tmp/some-bus");
        }
    }
}
