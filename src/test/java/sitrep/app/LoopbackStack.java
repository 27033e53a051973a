package sitrep.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceUrl;
import sitrep.source.HttpClients;
import sitrep.source.HttpFetcher;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;
import sitrep.source.alertmanager.AlertmanagerClient;
import sitrep.source.prometheus.PrometheusClient;

/**
 * The real stack from Debian's packages on loopback, for the integration tests: Prometheus scraping a
 * blackbox exporter that probes a TCP port the test owns (job {@code db-tcp}), with an alert rule and an
 * Alertmanager. Closing the port "breaks the database". Ports are picked free; nothing is assumed of the
 * defaults (see prometheus-stack.md). Without a binary the test is skipped naming the Debian package,
 * except under CI=true, where that is a failure.
 */
final class LoopbackStack implements AutoCloseable {

    private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
    private static final Path ALERTMANAGER = Path.of("/usr/bin/prometheus-alertmanager");
    private static final Path BLACKBOX = Path.of("/usr/bin/prometheus-blackbox-exporter");

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final int promPort;
    private final int amPort;
    private final int dbPort;
    private final int bbPort;
    private volatile ServerSocket database;
    private HttpClients clients;
    private PrometheusClient prometheus;
    private AlertmanagerClient alertmanager;

    private LoopbackStack(Path dir) throws IOException {
        this.dir = dir;
        int[] ports = freePorts(4);
        promPort = ports[0];
        amPort = ports[1];
        dbPort = ports[2];
        bbPort = ports[3];
    }

    /** Starts the stack with its configuration and logs in {@code dir}; returns once every job is up. */
    static LoopbackStack start(Path dir) throws Exception {
        requireBinary(PROMETHEUS, "prometheus");
        requireBinary(ALERTMANAGER, "prometheus-alertmanager");
        requireBinary(BLACKBOX, "prometheus-blackbox-exporter");
        LoopbackStack stack = new LoopbackStack(dir);
        try {
            stack.launch();
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private void launch() throws Exception {
        openDatabase();

        Files.writeString(dir.resolve("blackbox.yml"), """
                modules:
                  tcp_connect:
                    prober: tcp
                    timeout: 900ms
                    tcp:
                      preferred_ip_protocol: ip4
                """);
        Files.writeString(dir.resolve("alertmanager.yml"), """
                route:
                  receiver: null-receiver
                  group_by: ['alertname']
                  group_wait: 1s
                  group_interval: 1s
                  repeat_interval: 1h
                receivers:
                  - name: null-receiver
                """);
        Files.writeString(dir.resolve("rules.yml"), """
                groups:
                  - name: it
                    interval: 1s
                    rules:
                      - alert: DatabaseUnreachable
                        expr: probe_success{job="db-tcp"} == 0
                        for: 2s
                        labels:
                          severity: critical
                        annotations:
                          summary: "Database {{ $labels.instance }} is unreachable"
                """);
        Files.writeString(dir.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                  scrape_timeout: 1s
                  evaluation_interval: 1s
                alerting:
                  alertmanagers:
                    - static_configs:
                        - targets: ['127.0.0.1:%2$d']
                rule_files:
                  - rules.yml
                scrape_configs:
                  - job_name: prometheus
                    static_configs:
                      - targets: ['127.0.0.1:%1$d']
                  - job_name: alertmanager
                    static_configs:
                      - targets: ['127.0.0.1:%2$d']
                  - job_name: blackbox
                    static_configs:
                      - targets: ['127.0.0.1:%3$d']
                  - job_name: db-tcp
                    metrics_path: /probe
                    params:
                      module: [tcp_connect]
                    static_configs:
                      - targets: ['127.0.0.1:%4$d']
                    relabel_configs:
                      - source_labels: [__address__]
                        target_label: __param_target
                      - source_labels: [__param_target]
                        target_label: instance
                      - target_label: __address__
                        replacement: 127.0.0.1:%3$d
                """.formatted(promPort, amPort, bbPort, dbPort));

        start("blackbox", BLACKBOX.toString(), "--config.file=" + dir.resolve("blackbox.yml"),
                "--web.listen-address=127.0.0.1:" + bbPort);
        start("alertmanager", ALERTMANAGER.toString(), "--config.file=" + dir.resolve("alertmanager.yml"),
                "--storage.path=" + dir.resolve("am-data"), "--web.listen-address=127.0.0.1:" + amPort,
                "--cluster.listen-address=");
        start("prometheus", PROMETHEUS.toString(), "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("prom-data"), "--web.listen-address=127.0.0.1:" + promPort);

        clients = HttpClients.withDefaults();
        HttpFetcher fetcher = new HttpFetcher(clients);
        prometheus = new PrometheusClient(fetcher, SourceConfig.of(SourceUrl.parse(promUrl())));
        alertmanager = new AlertmanagerClient(fetcher, SourceConfig.of(SourceUrl.parse(amUrl())));

        // Readiness is not enough: targets are discovered about five seconds later (see prometheus-stack.md).
        await(Duration.ofSeconds(30), "every job up and the probe passing", () ->
                values("up").size() == 4 && values("up").stream().allMatch(v -> v == 1.0)
                        && values("probe_success").equals(List.of(1.0)));
    }

    private static void requireBinary(Path binary, String debianPackage) {
        if (Files.isExecutable(binary)) {
            return;
        }
        String message = binary + " is missing: install the Debian package " + debianPackage;
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    /**
     * Distinct free ports: all held open at once while picked, because one picked and released at a time can
     * come back twice, and the "database" (which accepts and hangs up) would then sit on Prometheus' port.
     */
    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
    }

    private void start(String name, String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        processes.add(p);
    }

    String promUrl() {
        return "http://127.0.0.1:" + promPort;
    }

    String amUrl() {
        return "http://127.0.0.1:" + amPort;
    }

    /** The probed "database" port. */
    int dbPort() {
        return dbPort;
    }

    PrometheusClient prometheus() {
        return prometheus;
    }

    AlertmanagerClient alertmanager() {
        return alertmanager;
    }

    /** The database: a port that accepts and closes connections until it is closed. */
    void openDatabase() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), dbPort));
        database = s;
        Thread t = new Thread(() -> {
            while (!s.isClosed()) {
                try (Socket c = s.accept()) {
                    c.getInputStream().available();
                } catch (IOException e) {
                    return;
                }
            }
        }, "it-database");
        t.setDaemon(true);
        t.start();
    }

    /** Breaks the database: its port refuses connections from now on. */
    void closeDatabase() throws IOException {
        database.close();
    }

    /** The last value of each series of an instant query. */
    List<Double> values(String promql) throws SourceError {
        return prometheus.query(promql, null).value().series().stream().map(MetricSeries::lastValue).toList();
    }

    /** Polls {@code condition} every 100 ms; fails naming what it waited for and where the logs are. */
    void await(Duration limit, String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (SourceError e) {
                last = e;
            }
            Thread.sleep(100);
        }
        fail("timed out after " + limit.toSeconds() + " s waiting for " + what
                + (last == null ? "" : " (last error: " + last.getMessage() + ")") + "; logs in " + dir);
    }

    @Override
    public void close() throws Exception {
        if (database != null) {
            database.close();
        }
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        if (clients != null) {
            clients.close();
        }
    }
}
