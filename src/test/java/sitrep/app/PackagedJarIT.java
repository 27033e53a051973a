package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged jar as a user would: java -jar target/sitrep.jar ... */
class PackagedJarIT {

    record Run(int exit, String out, String err) {
    }

    static Run sitrep(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("sitrep.jar", "target/sitrep.jar"));
        assertThat(jar).exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("sitrep-out", ".txt");
        Path err = Files.createTempFile("sitrep-err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("sitrep finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionFromTheJar() throws Exception {
        Run r = sitrep("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("sitrep " + Version.current() + System.lineSeparator());
    }

    @Test
    void helpFromTheJar() throws Exception {
        Run r = sitrep("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: sitrep").contains("--prometheus=URL");
    }

    @Test
    void usageErrorsExitTwoWithoutAStackTrace() throws Exception {
        Run r = sitrep("--prometheus", "not-a-url");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'not-a-url'").contains("Usage: sitrep").doesNotContain("Exception");
    }
}
