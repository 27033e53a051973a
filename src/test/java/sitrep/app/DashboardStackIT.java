package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.HealthLevel;
import sitrep.source.polling.LatestValueRelay;
import sitrep.source.prometheus.PrometheusMetricSource;
import sitrep.ui.dashboard.ConnectivityRow;
import sitrep.ui.dashboard.DashboardFetch;
import sitrep.ui.dashboard.DashboardFrame;
import sitrep.ui.dashboard.FetchRequest;
import sitrep.ui.dashboard.DashboardViewModel;
import sitrep.ui.dashboard.DefaultPanels;
import sitrep.ui.dashboard.TimeWindow;

/**
 * The dashboard's data path against the real stack: a latest-wins relay running DashboardFetch over the
 * PrometheusMetricSource every {@link LiveDashboard#REFRESH}, with the standard panels, while the probed
 * "database" port is closed and opened again. No window: what the view would show is in each frame.
 */
class DashboardStackIT {

    /** Whatever the timing of the break against the ticks and the 1 s scrapes, one refresh plus this. */
    private static final Duration SLACK = Duration.ofSeconds(1);

    @TempDir
    static Path dir;

    private static LoopbackStack stack;
    private static ExecutorService fetchThread;
    private static ScheduledExecutorService ticker;
    private static LatestValueRelay<FetchRequest> refresher;
    /** The newest frame and when it arrived (System.nanoTime). */
    private static final AtomicReference<Arrival> latest = new AtomicReference<>();

    private record Arrival(DashboardFrame frame, long nanos) {
    }

    @BeforeAll
    static void startStackAndDashboard() throws Exception {
        stack = LoopbackStack.start(dir);
        // The last 15 minutes at 700 px give a 1 s step, the scrape interval: a range's last point is fresh.
        DashboardViewModel vm = new DashboardViewModel(DefaultPanels.standard(), ZoneOffset.UTC);
        vm.windowProperty().set(TimeWindow.LAST_15_MINUTES);
        Clock clock = Clock.systemUTC();
        fetchThread = Executors.newSingleThreadExecutor();
        ticker = Executors.newSingleThreadScheduledExecutor();
        DashboardFetch fetch = new DashboardFetch(new PrometheusMetricSource(stack.prometheus()), clock);
        refresher = new LatestValueRelay<>(fetchThread,
                request -> latest.set(new Arrival(fetch.run(request), System.nanoTime())));
        // The view model is only touched on the ticker's thread, as the app only touches it on the FX thread.
        ticker.execute(() -> refresher.accept(vm.request(clock.instant())));
        ticker.scheduleWithFixedDelay(() -> refresher.accept(vm.request(clock.instant())),
                LiveDashboard.REFRESH.toMillis(), LiveDashboard.REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String probedRow() {
        return "db-tcp 127.0.0.1:" + stack.dbPort();
    }

    private static HealthLevel probedLevel(DashboardFrame frame) {
        return frame.connectivity().stream().filter(r -> r.name().equals(probedRow())).findFirst()
                .map(ConnectivityRow::current).orElse(null);
    }

    @Test
    void aClosedPortTurnsItsRowRedWithinOneRefreshAndBackWhenRestored() throws Exception {
        stack.await(Duration.ofSeconds(20), "the probed row operational", () -> latest.get() != null
                && probedLevel(latest.get().frame()) == HealthLevel.OPERATIONAL);
        DashboardFrame healthy = latest.get().frame();
        assertThat(healthy.connectivity()).extracting(ConnectivityRow::name).contains(probedRow());
        assertPanels(healthy);

        stack.closeDatabase();
        long broken = System.nanoTime();
        stack.await(Duration.ofSeconds(20), "the probed row in major outage", () ->
                probedLevel(latest.get().frame()) == HealthLevel.MAJOR_OUTAGE);
        Duration delay = Duration.ofNanos(latest.get().nanos() - broken);
        System.out.println("DashboardStackIT: break -> MAJOR_OUTAGE on the dashboard after " + delay.toMillis() + " ms");
        assertThat(delay).as("break to MAJOR_OUTAGE on the dashboard")
                .isLessThanOrEqualTo(LiveDashboard.REFRESH.plus(SLACK));

        stack.openDatabase();
        long restored = System.nanoTime();
        stack.await(Duration.ofSeconds(20), "the probed row operational again", () ->
                probedLevel(latest.get().frame()) == HealthLevel.OPERATIONAL);
        Duration back = Duration.ofNanos(latest.get().nanos() - restored);
        System.out.println("DashboardStackIT: restore -> OPERATIONAL on the dashboard after " + back.toMillis() + " ms");
        assertThat(back).as("restore to OPERATIONAL")
                .isLessThanOrEqualTo(LiveDashboard.REFRESH.plus(SLACK));
        assertPanels(latest.get().frame());
    }

    /** The probe duration panel has data; latency, request rate and error ratio hide (no such metrics). */
    private static void assertPanels(DashboardFrame frame) {
        List<DashboardFrame.PanelResult> panels = frame.panels();
        assertThat(panels).extracting(p -> p.panel().title()).containsExactly(
                "Request latency (p50, p95, p99)", "Request rate", "Error ratio", "Probe duration");
        assertThat(panels.subList(0, 3)).allSatisfy(p -> {
            assertThat(p.hidden()).as(p.panel().title()).isTrue();
            assertThat(p.error()).isEmpty();
        });
        DashboardFrame.PanelResult probe = panels.get(3);
        assertThat(probe.hidden()).isFalse();
        assertThat(probe.error()).isEmpty();
        assertThat(probe.spec().series()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.points().size()).isPositive());
    }

    @AfterAll
    static void stop() throws Exception {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (fetchThread != null) {
            fetchThread.shutdownNow();
        }
        if (stack != null) {
            stack.close();
        }
    }
}
