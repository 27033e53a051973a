package sitrep.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import sitrep.bench.Bench;
import sitrep.domain.SourceUrl;
import sitrep.source.HttpClients;
import sitrep.source.HttpFetcher;
import sitrep.source.MetricSource;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;
import sitrep.source.polling.LatestValueRelay;
import sitrep.source.prometheus.PrometheusClient;
import sitrep.source.prometheus.PrometheusMetricSource;

/**
 * A 12-panel dashboard (3 series each, 8 h of 1 s data) polled through the real DashboardFetch. Measures
 * only what the FX thread pays per poll, and how long the FX thread is ever kept from running while the
 * metric source times out and the charts re-render stale.
 */
class DashboardPollBenchmark {

    private static final int PANELS = 12;

    /**
     * The FX thread's part of one poll: {@code DashboardViewModel.apply} and, through its listeners, the
     * DashboardView handing a new spec to each of its 12 ChartViews (which only queue a render). The fetch,
     * LTTB and the rendering run elsewhere and are not counted; between polls the charts finish rendering,
     * as they do in the 5 s between real polls.
     */
    @Test
    void applyingOnePollOnTheFxThread() throws Exception {
        ExecutorService renderer = Executors.newSingleThreadExecutor();
        BenchDashboard dash = BenchDashboard.open(SyntheticMetrics.panels(PANELS), renderer);
        try {
            DashboardFetch fetch = new DashboardFetch(new SyntheticMetrics(3), Clock.fixed(BenchDashboard.NOW,
                    ZoneOffset.UTC));
            List<Double> fxMillis = new ArrayList<>();
            for (int poll = 0; poll < 8 + 41; poll++) {
                DashboardFrame frame = fetch.run(dash.request());
                double ms = BenchDashboard.onFx(() -> {
                    long t0 = System.nanoTime();
                    dash.vm.apply(frame);
                    return (System.nanoTime() - t0) / 1e6;
                });
                dash.awaitRendered(frame);
                if (poll >= 8) {
                    fxMillis.add(ms);
                }
            }
            assertThat(dash.view.charts()).hasSize(PANELS);
            assertThat(dash.view.charts().get(0).frame().spec().series()).hasSize(3);
            Bench.print("dashboard_poll_apply_fx_12_panels", median(fxMillis), "ms");
        } finally {
            dash.close();
            renderer.shutdownNow();
        }
    }

    /**
     * A probe posts a task to the FX thread every 5 ms and records how late each one runs, while the
     * refresher fetches from a server that accepts connections and never answers (through the real
     * PrometheusMetricSource, read timeout 300 ms) and the 12 charts re-render their last data as stale.
     */
    @Test
    void fxThreadKeepsRunningWhileTheSourceTimesOut() throws Exception {
        ExecutorService renderer = Executors.newSingleThreadExecutor();
        ExecutorService fetchThread = Executors.newSingleThreadExecutor();
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
        BenchDashboard dash = BenchDashboard.open(SyntheticMetrics.panels(PANELS), renderer);
        HttpClients clients = HttpClients.withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300));
        try (BlackHole hole = new BlackHole()) {
            MetricSource silent = new PrometheusMetricSource(new PrometheusClient(new HttpFetcher(clients),
                    SourceConfig.of(SourceUrl.parse("http://127.0.0.1:" + hole.port()))));
            AtomicReference<MetricSource> current = new AtomicReference<>(new SyntheticMetrics(3));
            DashboardFetch fetch = new DashboardFetch(new Switching(current),
                    Clock.fixed(BenchDashboard.NOW, ZoneOffset.UTC));
            List<DashboardFrame> shown = new CopyOnWriteArrayList<>();
            // The app's path: fetch thread -> render thread (charts drawn at their sizes) -> FX thread.
            java.util.function.Consumer<DashboardFrame> frames = dash.view.frames();
            LatestValueRelay<FetchRequest> refresher = new LatestValueRelay<>(fetchThread, r -> {
                DashboardFrame f = fetch.run(r);
                shown.add(f);
                frames.accept(f);
            });
            refresher.accept(dash.request());
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shown.isEmpty());
            dash.awaitRendered(shown.get(0));

            current.set(silent);
            Queue<Double> lateMillis = new ConcurrentLinkedQueue<>();
            probe.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> lateMillis.add((System.nanoTime() - posted) / 1e6));
            }, 0, 5, TimeUnit.MILLISECONDS);
            // Two refreshes against the silent server, each re-rendering all 12 charts as stale.
            for (int round = 0; round < 2; round++) {
                int before = shown.size();
                refresher.accept(dash.request());
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shown.size() > before);
                DashboardFrame stale = shown.get(shown.size() - 1);
                assertThat(stale.panels()).allSatisfy(p -> {
                    assertThat(p.error()).isNotEmpty();
                    assertThat(p.spec().stale()).isTrue();
                });
                dash.awaitRendered(stale);
            }
            probe.shutdown();
            probe.awaitTermination(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(hole.accepted()).isPositive();
            List<Double> late = new ArrayList<>(lateMillis);
            late.sort(null);
            assertThat(late).hasSizeGreaterThan(100);
            // The longest is what the requirement names; on two cores shared with other builds it also
            // catches moments when the whole process was not scheduled, so the 99th percentile goes with it.
            Bench.print("fx_thread_longest_stall_while_source_times_out", late.get(late.size() - 1), "ms");
            Bench.print("fx_thread_stall_p99_while_source_times_out", late.get((int) (late.size() * 0.99)), "ms");
        } finally {
            probe.shutdownNow();
            clients.close();
            dash.close();
            fetchThread.shutdownNow();
            renderer.shutdownNow();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Whichever source is current: good data first, then the silent server. */
    private record Switching(AtomicReference<MetricSource> current) implements MetricSource {
        @Override
        public String name() {
            return current.get().name();
        }

        @Override
        public Range range(String expression, Instant start, Instant end, Duration step) throws SourceError {
            return current.get().range(expression, start, end, step);
        }
    }

    /** A loopback port that accepts connections and never answers. */
    private static final class BlackHole implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        BlackHole() throws IOException {
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "bench-black-hole");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int accepted() {
            return held.size();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
