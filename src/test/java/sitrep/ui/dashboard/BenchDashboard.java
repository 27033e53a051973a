package sitrep.ui.dashboard;

import sitrep.panels.PanelDefinition;
import sitrep.chart.ChartSpec;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import sitrep.bench.Bench;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real dashboard view on a 1600x900 stage showing an 8 h incident ("since incident start"), for the
 * dashboard benchmarks. Charts render on the executor given, as in the app.
 */
final class BenchDashboard {

    static final Instant NOW = Instant.parse("2026-11-25T14:10:00Z");
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    final DashboardViewModel vm;
    final DashboardView view;

    private BenchDashboard(DashboardViewModel vm, DashboardView view) {
        this.vm = vm;
        this.view = view;
    }

    static BenchDashboard open(List<PanelDefinition> panels, Executor renderer) throws Exception {
        FxToolkit.registerPrimaryStage();
        DashboardViewModel vm = new DashboardViewModel(panels, ZoneOffset.UTC);
        vm.setIncident(NOW.minus(Duration.ofHours(8)), null, ZoneOffset.UTC);
        vm.windowProperty().set(TimeWindow.SINCE_INCIDENT_START);
        // The width the charts below will report once drawn; set first so the first request has it too.
        vm.setPlotWidth(WIDTH / 3 - 90);
        DashboardView[] view = new DashboardView[1];
        FxToolkit.setupStage(stage -> {
            view[0] = DashboardView.load(vm, renderer, () -> NOW, s -> { }, () -> { }, () -> ZoneOffset.UTC);
            stage.setScene(new Scene(view[0].root(), WIDTH, HEIGHT));
            stage.show();
        });
        return new BenchDashboard(vm, view[0]);
    }

    /** The next request, made on the FX thread as the app does. */
    FetchRequest request() throws Exception {
        return onFx(() -> vm.request(NOW));
    }

    /** Applies made before an apply is timed. */
    static final int APPLY_WARM_UP = 500;

    /**
     * Applies copies of {@code frame} {@value #APPLY_WARM_UP} times on the FX thread without waiting for the charts
     * between them (their renders coalesce, the newest wins), then waits for the charts and for the JIT, so a timed
     * apply runs compiled by the JIT's last tier. Twenty applies, each waited for, left it partly interpreted: the
     * 40-panel apply read 0.43 to 0.76 ms of FX-thread CPU between JVMs.
     */
    void warmUpApply(DashboardFrame frame) throws Exception {
        onFx(() -> {
            for (int i = 0; i < APPLY_WARM_UP; i++) {
                vm.apply(copyOf(frame));
            }
            return null;
        });
        DashboardFrame last = copyOf(frame);
        onFx(() -> {
            vm.apply(last);
            return null;
        });
        awaitRendered(last);
        Bench.awaitCompiled();
    }

    /** A new frame of the same panels, as a poll with unchanged data brings. */
    static DashboardFrame copyOf(DashboardFrame frame) {
        return new DashboardFrame(frame.fetchedAt(), frame.range(), frame.panels(), frame.connectivity());
    }

    static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(30, TimeUnit.SECONDS);
    }

    /**
     * Runs {@code task} on the FX thread; the milliseconds of that thread's CPU it took. The FX thread's own work,
     * without the time it waited for a core: in wall time the same request read 0.47 to 0.88 ms in three runs.
     */
    static double onFxCpuMillis(Bench.Task task) throws Exception {
        return onFx(() -> Bench.millis(Bench.Clock.THREAD_CPU, task));
    }

    /**
     * Runs {@code during} while a probe posts a task to the FX thread every 5 ms, and returns how late, in
     * milliseconds, each of those tasks ran. The probe stops with {@code during}, and every task it posted
     * has run when this returns, so one window's samples never mix with the next one's.
     */
    static List<Double> fxLateness(Bench.Task during) throws Exception {
        Queue<Double> lateMillis = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
        try {
            probe.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> lateMillis.add((System.nanoTime() - posted) / 1e6));
            }, 0, 5, TimeUnit.MILLISECONDS);
            during.run();
            probe.shutdown();
            probe.awaitTermination(5, TimeUnit.SECONDS);
        } finally {
            probe.shutdownNow();
        }
        WaitForAsyncUtils.waitForFxEvents();
        return new ArrayList<>(lateMillis);
    }

    /** Waits until every chart shows a frame of one of {@code frame}'s specs. */
    void awaitRendered(DashboardFrame frame) throws Exception {
        Map<ChartSpec, Boolean> specs = new IdentityHashMap<>();
        frame.panels().forEach(p -> specs.put(p.spec(), true));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !view.charts().isEmpty()
                && view.charts().stream().allMatch(c -> c.frame() != null && specs.containsKey(c.frame().spec()))));
    }

    void close() throws Exception {
        FxToolkit.cleanupStages();
    }
}
