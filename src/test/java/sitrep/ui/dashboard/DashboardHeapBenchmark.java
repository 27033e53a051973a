package sitrep.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import sitrep.bench.Bench;

/**
 * The heap a 12-panel dashboard holds over an 8 h incident, kept as the app keeps it: DashboardFetch's
 * last good answer per expression (12 panels x 3 series x 28,801 raw 1 s points, plus the probe_success
 * and up rows), the frame with the decimated specs in the view model, the 12 ChartViews and their pixel
 * arrays (on screen, retired and spare, at the size a 1600x900 window gives them). Measured as the used
 * heap after a few forced GCs, minus the same before the dashboard existed (with the toolkit running).
 */
class DashboardHeapBenchmark {

    private static final int PANELS = 12;
    private static final int POLLS = 4;

    @Test
    void twelvePanelsOverEightHours() throws Exception {
        FxToolkit.registerPrimaryStage();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledUsed(memory);

        ExecutorService renderer = Executors.newSingleThreadExecutor();
        BenchDashboard dash = BenchDashboard.open(SyntheticMetrics.panels(PANELS), renderer);
        DashboardFetch fetch = new DashboardFetch(new SyntheticMetrics(3), Clock.fixed(BenchDashboard.NOW,
                ZoneOffset.UTC));
        try {
            // A few polls, so every chart has a frame on screen, a retired one and spares, as in a long run.
            for (int poll = 0; poll < POLLS; poll++) {
                DashboardFrame frame = fetch.run(dash.request());
                BenchDashboard.onFx(() -> {
                    dash.vm.apply(frame);
                    return null;
                });
                dash.awaitRendered(frame);
            }
            long after = settledUsed(memory);
            double mb = (after - before) / (1024.0 * 1024.0);
            // The raw answers alone are 14 expressions x 3 series x 28,801 x 16 bytes: a smaller figure means
            // the measurement lost what it meant to keep.
            assertThat(after - before).isGreaterThan(14L * 3 * 28_801 * 16);
            assertThat(dash.view.charts()).hasSize(PANELS);
            Bench.print("dashboard_heap_12_panels_8h", mb, "MB");
        } finally {
            Reference.reachabilityFence(fetch);
            Reference.reachabilityFence(dash);
            dash.close();
            renderer.shutdownNow();
        }
    }

    /**
     * The used heap once collections have run and the renderer has let go of what they found unreachable: the
     * software pipeline keeps each shown image's texture on the heap and frees a dropped image's texture on the
     * render thread, at its next frame after a collection. Measured without that frame, the figure counted some of
     * the retired frames' textures too, as many as happened to be waiting: 59 to 116 MB across runs.
     */
    private static long settledUsed(MemoryMXBean memory) throws Exception {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            renderAFrame();
        }
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Makes every shown scene draw a frame and waits until it has been drawn (a pulse waits for the last one's). */
    private static void renderAFrame() throws Exception {
        CountDownLatch pulses = BenchDashboard.onFx(() -> {
            Scene scene = Window.getWindows().stream().map(Window::getScene).filter(s -> s != null).findFirst()
                    .orElse(null);
            if (scene == null) {
                return new CountDownLatch(0);
            }
            CountDownLatch two = new CountDownLatch(2);
            Runnable counter = new Runnable() {
                @Override
                public void run() {
                    two.countDown();
                    if (two.getCount() == 0) {
                        scene.removePostLayoutPulseListener(this);
                    } else {
                        scene.getRoot().setOpacity(scene.getRoot().getOpacity() == 1 ? 0.999 : 1);
                    }
                }
            };
            scene.addPostLayoutPulseListener(counter);
            scene.getRoot().setOpacity(scene.getRoot().getOpacity() == 1 ? 0.999 : 1);
            return two;
        });
        assertThat(pulses.await(10, TimeUnit.SECONDS)).as("two frames drawn").isTrue();
    }
}
