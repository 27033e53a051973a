package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.source.SourceError;
import sitrep.source.alertmanager.AlertFilter;
import sitrep.source.alertmanager.AlertmanagerClient;
import sitrep.source.prometheus.PrometheusClient;

/**
 * The real stack from Debian's packages on loopback: Prometheus scraping a blackbox exporter that probes a
 * TCP port this test owns, with an alert rule and an Alertmanager. Closing the port "breaks the database".
 */
class PrometheusStackIT {

    @TempDir
    static Path dir;

    private static LoopbackStack stack;
    private static PrometheusClient prometheus;
    private static AlertmanagerClient alertmanager;
    private static int dbPort;

    @BeforeAll
    static void startStack() throws Exception {
        stack = LoopbackStack.start(dir);
        prometheus = stack.prometheus();
        alertmanager = stack.alertmanager();
        dbPort = stack.dbPort();
    }

    private static String promUrl() {
        return stack.promUrl();
    }

    private static String amUrl() {
        return stack.amUrl();
    }

    private static List<Double> values(String promql) throws SourceError {
        return stack.values(promql);
    }

    private static void await(Duration limit, String what, Callable<Boolean> condition) throws Exception {
        stack.await(limit, what, condition);
    }

    private record Run(int exit, String out) {
    }

    private static Run check() {
        StringWriter out = new StringWriter();
        CommandLine cl = SitrepCommand.commandLine(options -> 0);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        int exit = cl.execute("check", "--prometheus", promUrl(), "--alertmanager", amUrl());
        return new Run(exit, out.toString());
    }

    private static List<Alert> promAlerts() throws SourceError {
        return prometheus.alerts().value().stream().filter(a -> a.name().equals("DatabaseUnreachable")).toList();
    }

    private static List<Alert> amAlerts() throws SourceError {
        return alertmanager.alerts(AlertFilter.all()).value().stream()
                .filter(a -> a.name().equals("DatabaseUnreachable")).toList();
    }

    @Test
    void databaseOutageIsSeenFiresAndClears() throws Exception {
        Run healthy = check();
        assertThat(healthy.exit()).as(healthy.out()).isZero();
        assertThat(healthy.out()).contains("prometheus", "alertmanager", "operational");

        stack.closeDatabase();
        await(Duration.ofSeconds(10), "probe_success 0", () -> values("probe_success").equals(List.of(0.0)));
        await(Duration.ofSeconds(10), "the alert pending", () ->
                promAlerts().stream().anyMatch(a -> a.state() == AlertState.PENDING));
        await(Duration.ofSeconds(15), "the alert firing", () ->
                promAlerts().stream().anyMatch(a -> a.state() == AlertState.FIRING));
        await(Duration.ofSeconds(15), "the alert in Alertmanager", () ->
                amAlerts().stream().anyMatch(a -> a.state() == AlertState.ACTIVE));

        Run outage = check();
        assertThat(outage.exit()).as(outage.out()).isEqualTo(1);
        assertThat(outage.out())
                .contains("component db-tcp/127.0.0.1:" + dbPort + ": major_outage - probe failed (probe_success=0)")
                .contains("alert DatabaseUnreachable firing (critical)")
                .contains("alert DatabaseUnreachable active (critical)");

        stack.openDatabase();
        await(Duration.ofSeconds(10), "probe_success 1", () -> values("probe_success").equals(List.of(1.0)));
        await(Duration.ofSeconds(10), "the alert gone from Prometheus", () -> promAlerts().isEmpty());
        await(Duration.ofSeconds(15), "the alert gone from Alertmanager", () -> amAlerts().isEmpty());
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }
}
