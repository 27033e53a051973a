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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import sitrep.bench.Bench;
import sitrep.bench.Rounds;
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
            dash.warmUpApply(fetch.run(dash.request()));
            List<Double> fxMillis = new ArrayList<>();
            for (int poll = 0; poll < 8 + 41; poll++) {
                DashboardFrame frame = fetch.run(dash.request());
                double ms = BenchDashboard.onFxCpuMillis(() -> dash.vm.apply(frame));
                dash.awaitRendered(frame);
                if (poll >= 8) {
                    fxMillis.add(ms);
                }
            }
            assertThat(dash.view.charts()).hasSize(PANELS);
            assertThat(dash.view.charts().get(0).frame().spec().series()).hasSize(3);
            Bench.print("dashboard_poll_apply_fx_12_panels",
                    Bench.median(fxMillis), "ms of FX-thread CPU");
        } finally {
            dash.close();
            renderer.shutdownNow();
        }
    }

    /**
     * Rounds of the timeout measurement in each pass: one round's longest stall is an extreme value (0.2 to 15 ms in
     * one JVM), so the median of five rounds moved 1.6 to 7.5 ms between JVMs; of forty, 1.0 to 2.7 ms. The figures
     * are of every pass's rounds together ({@link #ROUNDS_FILE}).
     */
    private static final int ROUNDS = 40;
    /**
     * Refreshes against the silent server first, not counted: the first runs the timeout's path for the first
     * time (its classes loaded, its code interpreted) and stalled 5 to 44 ms, most over 20, in twelve JVMs, where the
     * median later one stalls 1.5 to 3 ms.
     */
    private static final int WARM_UP_ROUNDS = 2;
    /**
     * Where each pass adds its rounds, for the last to print the figures from all of them. A pass's tail of lateness
     * is how the scheduler and the render thread fell in that JVM: in one run the passes' 99th percentiles read 1.4
     * to 2.5 ms, and the median of the five moved 1.52 to 2.02 ms between three runs (eighty rounds a pass instead
     * of forty left the passes as far apart).
     */
    private static final String ROUNDS_FILE = "fx-stall-rounds.tsv";

    /**
     * A probe posts a task to the FX thread every 5 ms and records how late each one runs, while the
     * refresher fetches from a server that accepts connections and never answers (through the real
     * PrometheusMetricSource, read timeout 300 ms) and the 12 charts re-render their last data as stale.
     * Measured in {@value #ROUNDS} rounds after {@value #WARM_UP_ROUNDS}, each one refresh against the silent
     * server after a full collection; the figures, printed by the run's last pass, are the median over every
     * pass's rounds of each round's longest stall and the 99th percentile of all their samples.
     */
    @Test
    void fxThreadKeepsRunningWhileTheSourceTimesOut() throws Exception {
        ExecutorService renderer = Executors.newSingleThreadExecutor();
        ExecutorService fetchThread = Executors.newSingleThreadExecutor();
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
            Rounds rounds = new Rounds();
            for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
                // The previous step's garbage (the data load's, then the previous round's) is collected here,
                // not inside this round's window: without this, one run's first two refreshes had stalls of 63
                // and 40 ms (the collection of the load's 12 x 3 x 28,800 points) and the later ones 2 to 5 ms.
                System.gc();
                // One refresh against the silent server, re-rendering all 12 charts as stale.
                List<Double> late = BenchDashboard.fxLateness(() -> {
                    int before = shown.size();
                    refresher.accept(dash.request());
                    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shown.size() > before);
                    DashboardFrame stale = shown.get(shown.size() - 1);
                    assertThat(stale.panels()).allSatisfy(p -> {
                        assertThat(p.error()).isNotEmpty();
                        assertThat(p.spec().stale()).isTrue();
                    });
                    dash.awaitRendered(stale);
                });
                // As many samples per refresh as the single window of two refreshes had (over 100).
                assertThat(late).hasSizeGreaterThan(50);
                if (round >= 0) {
                    rounds.add(late);
                }
            }
            assertThat(hole.accepted()).isPositive();
            assertThat(rounds.samples()).isGreaterThan(50 * ROUNDS);
            // The frame budget, asserted on this pass's median refresh: a change that stalls the FX thread in every
            // refresh fails here (placeholder cells once did, 125-140 ms, and slipped through a figure nobody
            // asserted).
            assertThat(rounds.medianOfMaxima()).as("the FX thread's longest stall in a refresh while a source"
                    + " times out, median over refreshes (ms)").isLessThan(16.0);
            Rounds all = rounds.overThePasses(ROUNDS_FILE);
            if (Bench.lastPass()) {
                String of = all.rounds() + " refreshes in " + all.passes() + (all.passes() == 1 ? " pass" : " passes");
                // The longest is what the requirement names; on two cores shared with other builds it also
                // catches moments when the whole process was not scheduled, so the 99th percentile goes with it.
                Bench.print("fx_thread_longest_stall_while_source_times_out", all.medianOfMaxima(),
                        "ms (median over " + of + " of each one's longest stall; the passes' medians: "
                                + all.passesMediansOfMaximaText() + ")");
                Bench.print("fx_thread_stall_p99_while_source_times_out", all.p99OfAll(),
                        "ms (99th percentile of the " + all.samples() + " probes of " + of + "; the passes': "
                                + all.passesP99Text() + ")");
            }
        } finally {
            clients.close();
            dash.close();
            fetchThread.shutdownNow();
            renderer.shutdownNow();
        }
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
