package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb as a desktop user gets it (mvn -Pdist,deb verify): its fields and files, then installed with dpkg into
 * a scratch root (maintainer scripts run chrootless with DPKG_ROOT set, as dpkg does for such installs), where
 * {@code sitrep --version} runs from the PATH and postinst has dumped the class-data archive; then removed.
 */
class DebPackageIT {

    private static final Path DIST = Path.of("target", "dist").toAbsolutePath();

    record Run(int exit, String out) {
    }

    @Test
    void installsOnThePathAndInTheMenu(@TempDir Path root) throws Exception {
        Path deb = theDeb();

        String fields = run(Map.of(), "dpkg-deb", "-f", deb.toString()).out();
        assertThat(fields).contains("Package: sitrep").containsPattern("(?m)^Maintainer: [^<\\n]+ <[^@>\\s]+@[^>\\s]+>$")
                .doesNotContain("Unknown").containsPattern("(?m)^Depends: .*libgtk-3-0");

        String files = run(Map.of(), "dpkg-deb", "-c", deb.toString()).out();
        assertThat(files).contains("./usr/bin/sitrep -> ../../opt/sitrep/bin/sitrep")
                .contains("./usr/share/applications/sitrep.desktop")
                .contains("./usr/share/icons/hicolor/256x256/apps/sitrep.png")
                .contains("./opt/sitrep/lib/app/sitrep.classlist")
                // where the runtime's toolkit loads them in place, instead of copying them out of its modules into
                // ~/.openjfx/cache and checking them on every start
                .contains("./opt/sitrep/lib/runtime/lib/libglassgtk3.so").contains("./opt/sitrep/lib/runtime/lib/libprism_sw.so")
                // of the runtime's commands only the one bin/sitrep starts
                .contains("./opt/sitrep/lib/runtime/bin/java").doesNotContain("keytool").doesNotContain("jrunscript")
                .doesNotContain("sitrep.jsa") // bound to absolute paths: postinst dumps it where it runs
                .doesNotContain("/man/").doesNotContain("/include/");
        assertThat(files.lines().findFirst().orElse("")).as("the package's root folder, which dpkg applies to /")
                .startsWith("drwxr-xr-x").endsWith(" ./");

        Path admin = root.resolve("var/lib/dpkg");
        Files.createDirectories(admin.resolve("info"));
        Files.createDirectories(admin.resolve("updates"));
        Files.writeString(admin.resolve("status"), "");
        Run install = run(Map.of(), "dpkg", "--root=" + root, "--force-script-chrootless", "--force-depends",
                "--force-not-root", "--log=/dev/null", "-i", deb.toString());
        assertThat(install.exit()).as(install.out()).isZero();

        Path desktop = root.resolve("usr/share/applications/sitrep.desktop");
        assertThat(Files.readString(desktop)).contains("Exec=/usr/bin/sitrep").contains("Icon=sitrep")
                .contains("Type=Application").contains("Categories=");
        assertThat(root.resolve("usr/share/icons/hicolor/256x256/apps/sitrep.png")).isNotEmptyFile();
        assertThat(root.resolve("opt/sitrep/lib/app/sitrep.jsa")).as("postinst dumped the class-data archive")
                .isNotEmptyFile();

        String path = root.resolve("usr/bin") + ":" + System.getenv("PATH");
        Run version = run(Map.of("PATH", path), "sh", "-c", "sitrep --version");
        assertThat(version.exit()).as(version.out()).isZero();
        assertThat(version.out()).isEqualTo("sitrep " + Version.current() + System.lineSeparator());

        // jpackage's own launcher asks rpm and then dpkg which package owns it, on every start, before the JVM starts
        // (dpkg -S reads the whole package database); the installed command does not.
        Path asked = root.resolve("package-manager-asked");
        Path fakes = Files.createDirectories(root.resolve("fake-bin"));
        for (String manager : List.of("rpm", "dpkg")) {
            Path fake = fakes.resolve(manager);
            Files.writeString(fake, "#!/bin/sh\necho " + manager + " >> '" + asked + "'\nexit 1\n");
            assertThat(fake.toFile().setExecutable(true)).isTrue();
        }
        Run quiet = run(Map.of("PATH", fakes + ":" + path), "sh", "-c", "sitrep --version");
        assertThat(quiet.exit()).as(quiet.out()).isZero();
        assertThat(asked).as("a package manager asked at start-up").doesNotExist();

        Run remove = run(Map.of(), "dpkg", "--root=" + root, "--force-script-chrootless", "--force-not-root",
                "--log=/dev/null", "-r", "sitrep");
        assertThat(remove.exit()).as(remove.out()).isZero();
        assertThat(root.resolve("opt/sitrep")).doesNotExist();
        assertThat(root.resolve("usr/bin/sitrep")).doesNotExist();
    }

    private static Path theDeb() throws IOException {
        try (var listing = Files.list(DIST)) {
            List<Path> debs = listing.filter(f -> f.getFileName().toString().matches("sitrep_.*\\.deb")).toList();
            assertThat(debs).as("one .deb in " + DIST + " (mvn -Pdist,deb package)").hasSize(1);
            return debs.get(0);
        }
    }

    private static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Path out = Files.createTempFile("deb-it", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", cmd).isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return new Run(p.exitValue(), text);
    }
}
