package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedJvmTest {

    private static final String JAVA = "/usr/lib/jvm/java-17/bin/java";
    private static final List<String> JAR_ARGS = List.of("-Dx=1", "-jar", "/opt/s/sitrep.jar");

    @TempDir
    Path dir;

    @Test
    void theSecondJvmGetsTheFlagsTheLaunchersHave() throws IOException {
        // pom.xml's sitrep.java.options feed the jar launcher and the app image; java -jar's second JVM has TunedJvm's.
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher options = Pattern.compile("<sitrep.java.options>([^<]*)</sitrep.java.options>").matcher(pom);
        assertThat(options.find()).as("sitrep.java.options in pom.xml").isTrue();
        assertThat(List.of(options.group(1).trim().split("\\s+"))).isEqualTo(Stream.concat(TunedJvm.FLAGS.stream(),
                Stream.of("-Dsitrep.jvm=tuned")).toList());
    }

    private Path jar() throws IOException {
        Path jar = dir.resolve("sitrep.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "jar");
            Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        }
        return jar;
    }

    private Optional<TunedJvm.Plan> plan(String program, List<String> args, String... appArgs) throws IOException {
        return TunedJvm.plan(program, args, appArgs, jar(), dir.resolve("cache"), "jvm-17", false, 1234L, Map.of());
    }

    @Test
    void aPlainJavaJarThatOpensTheWindowRunsAgainWithTheFlagsAndItsOwnArgumentsLast() throws IOException {
        TunedJvm.Plan plan = plan(JAVA, JAR_ARGS).orElseThrow();

        assertThat(plan.command().subList(0, 1)).containsExactly(JAVA);
        assertThat(plan.command().subList(1, 1 + TunedJvm.FLAGS.size())).isEqualTo(TunedJvm.FLAGS);
        assertThat(plan.command().subList(1 + TunedJvm.FLAGS.size(), 3 + TunedJvm.FLAGS.size()))
                .containsExactly("-Dsitrep.jvm=tuned", "-Dsitrep.started=1234");
        assertThat(plan.command())
                .endsWith("-Dx=1", "-jar", "/opt/s/sitrep.jar");
        // No archive yet: the second JVM writes one on its way out, under a name of its own.
        assertThat(plan.writtenArchive().getFileName().toString()).endsWith(".part");
        assertThat(plan.command()).contains("-XX:ArchiveClassesAtExit=" + plan.writtenArchive());
        assertThat(plan.archive().getParent()).isEqualTo(dir.resolve("cache").resolve("cds"));
    }

    @Test
    void theArchiveWrittenByAnEarlierStartIsUsed() throws IOException {
        Path archive = plan(JAVA, JAR_ARGS).orElseThrow().archive();
        Files.writeString(archive, "archive");

        TunedJvm.Plan plan = plan(JAVA, JAR_ARGS).orElseThrow();

        assertThat(plan.command()).contains("-XX:SharedArchiveFile=" + archive);
        assertThat(plan.writtenArchive()).isNull();
    }

    @Test
    void anArchiveBuiltBesideTheJarIsUsedUnlessItIsOlderThanTheJar() throws IOException {
        Path beside = dir.resolve("sitrep.jsa");
        Files.writeString(beside, "archive");
        Files.setLastModifiedTime(beside, FileTime.fromMillis(2_000_000));
        assertThat(plan(JAVA, JAR_ARGS).orElseThrow().command()).contains("-XX:SharedArchiveFile=" + beside);

        Files.setLastModifiedTime(beside, FileTime.fromMillis(500_000));
        assertThat(plan(JAVA, JAR_ARGS).orElseThrow().command()).noneMatch(a -> a.contains(beside.toString()));
    }

    @Test
    void anArchiveIsKeyedByTheJarAndTheJvm() throws IOException {
        String key = TunedJvm.key(jar(), "jvm-17");
        assertThat(TunedJvm.key(jar(), "jvm-21")).isNotEqualTo(key);
        Files.setLastModifiedTime(jar(), FileTime.fromMillis(3_000_000));
        assertThat(TunedJvm.key(jar(), "jvm-17")).isNotEqualTo(key);
    }

    @Test
    void noSecondJvmForALauncherATestOrASubcommand() throws IOException {
        assertThat(TunedJvm.plan(JAVA, JAR_ARGS, new String[0], jar(), dir, "jvm", true, 0, Map.of())).isEmpty();
        assertThat(TunedJvm.plan(JAVA, JAR_ARGS, new String[0], null, dir, "jvm", false, 0, Map.of())).isEmpty();
        assertThat(plan("/opt/sitrep/bin/sitrep", List.of())).isEmpty();
        assertThat(plan(JAVA, List.of("-cp", "classes", "sitrep.app.Main"))).isEmpty();
        assertThat(plan(JAVA, JAR_ARGS, "note", "--incident", "x", "text")).isEmpty();
        assertThat(plan(JAVA, JAR_ARGS, "--version")).isEmpty();
        assertThat(plan(JAVA, JAR_ARGS, "--config", "c.json", "export")).isEmpty();
    }

    @Test
    void theConsolesOwnOptionsOpenTheWindow() {
        assertThat(TunedJvm.opensWindow(new String[0])).isTrue();
        assertThat(TunedJvm.opensWindow(new String[] {"--prometheus", "http://p:9090", "--status=http://s/h"})).isTrue();
        assertThat(TunedJvm.opensWindow(new String[] {"--drill", "--drill-from", "15:00"})).isTrue();
        assertThat(TunedJvm.opensWindow(new String[] {"--drill", "outage.json", "--no-drill"})).isTrue();
        assertThat(TunedJvm.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(TunedJvm.opensWindow(new String[] {"check", "--prometheus", "http://p"})).isFalse();
    }

    @Test
    void theSecondJvmsExitCodeIsPassedOnAndTheArchiveItWroteIsMovedIntoPlace() throws IOException {
        Path written = dir.resolve("a.jsa.1.part");
        Path archive = dir.resolve("a.jsa");
        TunedJvm.Plan plan = new TunedJvm.Plan(List.of("sh", "-c", "printf archive > '" + written + "'; exit 143"),
                Map.of(), written, archive);

        assertThat(TunedJvm.run(plan)).isEqualTo(143);
        assertThat(archive).hasContent("archive");
        assertThat(written).doesNotExist();
    }

    @Test
    void theArchiveOfARunThatFailedOrPrintedAUsageErrorIsNotKept() throws IOException {
        Path written = dir.resolve("c.jsa.1.part");
        Path archive = dir.resolve("c.jsa");
        TunedJvm.Plan plan = new TunedJvm.Plan(List.of("sh", "-c", "printf archive > '" + written + "'; exit 2"),
                Map.of(), written, archive);

        assertThat(TunedJvm.run(plan)).isEqualTo(2);
        assertThat(archive).doesNotExist();
        assertThat(written).doesNotExist();
    }

    @Test
    void anEmptyArchiveIsNotKeptAndAProgramThatCannotStartLeavesTheConsoleToThisJvm() {
        Path written = dir.resolve("b.jsa.1.part");
        TunedJvm.Plan empty = new TunedJvm.Plan(List.of("sh", "-c", ": > '" + written + "'"), Map.of(), written,
                dir.resolve("b.jsa"));
        assertThat(TunedJvm.run(empty)).isZero();
        assertThat(dir.resolve("b.jsa")).doesNotExist();
        assertThat(written).doesNotExist();

        TunedJvm.Plan missing = new TunedJvm.Plan(List.of(dir.resolve("no-such-java").toString()), Map.of(), null,
                null);
        assertThat(TunedJvm.run(missing)).isEqualTo(-1);
    }

    @Test
    void theSecondJvmGetsTheEnvironmentItIsPlannedWith() throws IOException {
        TunedJvm.Plan plan = TunedJvm.plan(JAVA, JAR_ARGS, new String[0], jar(), dir.resolve("cache"), "jvm-17", false,
                1234L, SoftwareScreen.ENVIRONMENT).orElseThrow();
        assertThat(plan.environment()).isEqualTo(Map.of("GDK_GL", "disable"));
        // The pipeline is the second JVM's own choice (SitrepApp), which a -Dprism.order of the person's still wins.
        assertThat(plan.command()).noneMatch(a -> a.startsWith("-Dprism.order"));

        Path seen = dir.resolve("env");
        TunedJvm.run(new TunedJvm.Plan(List.of("sh", "-c", "printf %s \"$GDK_GL\" > '" + seen + "'"),
                plan.environment(), null, null));
        assertThat(seen).hasContent("disable");
    }

    @Test
    void theConsolesEnvironmentAddsNothingAPersonSetAndTheNoBusAddressWhereNoBusCanBeFound() {
        assertThat(TunedJvm.consoleEnvironment(Map.of("GDK_GL", "always", NoSessionBus.ADDRESS, "unix:path=/b")))
                .isEmpty();
        Map<String, String> bare = Map.of("GDK_GL", "always", "XDG_RUNTIME_DIR", dir.toString(),
                "PATH", dir.toString());
        assertThat(TunedJvm.consoleEnvironment(bare))
                .isEqualTo(NoSessionBus.environmentFor(bare, NoSessionBus.BUILT_IN_LAUNCHER));
        if (!Files.exists(NoSessionBus.BUILT_IN_LAUNCHER)) {
            assertThat(TunedJvm.consoleEnvironment(bare))
                    .isEqualTo(Map.of(NoSessionBus.ADDRESS, "disabled:", "GSETTINGS_BACKEND", "memory"));
        }
    }
}
