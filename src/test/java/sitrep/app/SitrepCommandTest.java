package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import sitrep.domain.SourceUrl;

class SitrepCommandTest {

    private final AtomicReference<LaunchOptions> launched = new AtomicReference<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SitrepCommand.commandLine(options -> {
            launched.set(options);
            return 0;
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void noArgumentsOpenTheConsoleWithTheOptionsMainPassesWithoutTheCommandLine() {
        assertThat(run()).isZero();
        // Main skips the command line when there are no arguments and launches with LaunchOptions.none().
        assertThat(launched.get()).isEqualTo(LaunchOptions.none());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void versionPrintsNameAndVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).isEqualTo("sitrep " + Version.current());
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(launched.get()).isNull();
    }

    @Test
    void helpListsEveryOptionAndExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--prometheus=URL", "--alertmanager=URL", "--status=URL",
                "--incident=DIR", "--drill[=FILE]", "--config=FILE", "--version", "--help", "Exit codes");
        assertThat(launched.get()).isNull();
    }

    @Test
    void noArgumentsOpensTheConsoleWithNothingOverridden() {
        assertThat(run()).isZero();
        assertThat(launched.get()).isEqualTo(LaunchOptions.none());
    }

    @Test
    void flagsArriveAsLaunchOptions() {
        assertThat(run("--prometheus", "http://127.0.0.1:9090", "--alertmanager=http://am:9093",
                "--status", "https://status.example.com/api/v2/summary.json",
                "--status", "http://app:8080/actuator/health",
                "--incident", "/tmp/inc-1", "--config", "/tmp/s.json", "--drill")).isZero();

        LaunchOptions o = launched.get();
        assertThat(o.prometheus()).contains(SourceUrl.parse("http://127.0.0.1:9090"));
        assertThat(o.alertmanager()).contains(SourceUrl.parse("http://am:9093"));
        assertThat(o.statusPages()).extracting(SourceUrl::toString).containsExactly(
                "https://status.example.com/api/v2/summary.json", "http://app:8080/actuator/health");
        assertThat(o.incident()).contains(Path.of("/tmp/inc-1"));
        assertThat(o.config()).contains(Path.of("/tmp/s.json"));
        assertThat(o.drill()).contains(LaunchOptions.BUILT_IN_DRILL);
    }

    @Test
    void drillTakesAnOptionalFile() {
        assertThat(run("--drill", "scenario.json")).isZero();
        assertThat(launched.get().drill()).contains("scenario.json");
    }

    @Test
    void unknownFlagIsAUsageErrorNamingIt() {
        assertThat(run("--promethues", "http://x:9090")).isEqualTo(2);
        assertThat(err.toString()).contains("--promethues").contains("Usage: sitrep");
        assertThat(launched.get()).isNull();
    }

    @Test
    void malformedUrlIsAUsageErrorNamingItAndTheOption() {
        assertThat(run("--prometheus", "localhost:9090")).isEqualTo(2);
        assertThat(err.toString()).contains("--prometheus").contains("localhost:9090").contains("Usage: sitrep");

        assertThat(run("--status", "http://")).isEqualTo(2);
        assertThat(err.toString()).contains("--status");
        assertThat(launched.get()).isNull();
    }

    @Test
    void aFailingConsoleExitsOneWithOneLineNoStackTrace() {
        CommandLine cl = SitrepCommand.commandLine(options -> {
            throw new IllegalStateException("display :0 cannot be opened");
        });
        cl.setErr(new PrintWriter(err, true));

        assertThat(cl.execute()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("sitrep: display :0 cannot be opened" + System.lineSeparator());
    }
}
