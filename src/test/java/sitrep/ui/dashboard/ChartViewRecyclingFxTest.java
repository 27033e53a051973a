package sitrep.ui.dashboard;

import sitrep.chart.ChartSpec;
import sitrep.chart.Lttb;
import sitrep.chart.RenderedFrame;
import sitrep.chart.SeriesDataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** ChartView reuses pixel arrays, but never draws into the frame on screen or the one it just replaced. */
class ChartViewRecyclingFxTest extends FxRobot {

    private static final long T0 = 1_781_100_000_000L;
    private final ExecutorService renderer = Executors.newSingleThreadExecutor();

    private static ChartSpec spec(int k) {
        long[] t = {T0, T0 + 60_000, T0 + 120_000};
        double[] v = {k, k + 1, k + 0.5};
        return new ChartSpec("c", "", ChartSpec.YAxisMode.AUTO,
                List.of(new SeriesDataset.Series("s", new Lttb.Points(t, v))), List.of(), List.of(), T0,
                T0 + 120_000, Long.MIN_VALUE, 0, "", ZoneOffset.UTC);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        renderer.shutdownNow();
    }

    @Test
    void aFrameOnScreenOrJustReplacedIsNeverReused() throws Exception {
        FxToolkit.registerPrimaryStage();
        ChartView[] chart = new ChartView[1];
        List<RenderedFrame> shown = new CopyOnWriteArrayList<>();
        FxToolkit.setupStage(stage -> {
            chart[0] = new ChartView(renderer);
            chart[0].setFrameObserver(shown::add);
            stage.setScene(new Scene(new StackPane(chart[0]), 400, 300));
            stage.show();
        });
        for (int k = 0; k < 8; k++) {
            ChartSpec next = spec(k);
            interact(() -> chart[0].show(next));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> !shown.isEmpty() && shown.get(shown.size() - 1).spec() == next);
        }
        boolean reused = false;
        for (int i = 2; i < shown.size(); i++) {
            int[] now = shown.get(i).argbPre();
            assertThat(now).isNotSameAs(shown.get(i - 1).argbPre()).isNotSameAs(shown.get(i - 2).argbPre());
            if (i >= 3 && now == shown.get(i - 3).argbPre()) {
                reused = true;
            }
        }
        assertThat(reused).as("an array came back for reuse").isTrue();
    }
}
