package sitrep.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import sitrep.chart.ChartSpec;
import sitrep.chart.Lttb;
import sitrep.chart.SeriesDataset;

/** A layout pass asks the render thread for a frame only when none of that spec, theme and size is on its way. */
class ChartViewLayoutFxTest extends FxRobot {

    private static final long T0 = 1_781_100_000_000L;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final AtomicInteger renders = new AtomicInteger();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        thread.shutdownNow();
    }

    private static ChartSpec spec() {
        long[] t = {T0, T0 + 60_000, T0 + 120_000};
        return new ChartSpec("c", "", ChartSpec.YAxisMode.AUTO,
                List.of(new SeriesDataset.Series("s", new Lttb.Points(t, new double[] {1, 2, 1.5}))), List.of(),
                List.of(), T0, T0 + 120_000, Long.MIN_VALUE, 0, "", ZoneOffset.UTC);
    }

    @Test
    void aSecondLayoutWhileTheFrameWaitsForTheFxThreadDrawsNothingAgain() throws Exception {
        FxToolkit.registerPrimaryStage();
        ChartView[] chart = new ChartView[1];
        StackPane[] holder = new StackPane[1];
        FxToolkit.setupStage(stage -> {
            chart[0] = new ChartView(job -> thread.execute(() -> {
                renders.incrementAndGet();
                job.run();
            }));
            holder[0] = new StackPane(chart[0]);
            stage.setScene(new Scene(holder[0], 400, 300));
            stage.show();
        });
        ChartSpec shown = spec();
        // As in the window's first pulse: laid out, drawn on the render thread, laid out again before the FX thread
        // has shown the frame (it is busy with the same pulse).
        interact(() -> {
            chart[0].show(shown);
            try {
                Future<?> drained = thread.submit(() -> { });
                drained.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            chart[0].requestLayout();
            holder[0].layout();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chart[0].frame() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart[0].frame().spec()).isSameAs(shown);
        assertThat(renders.get()).as("frames drawn").isEqualTo(1);
    }

    @Test
    void aChartsPreferredSizeDoesNotFollowTheFrameItShows() throws Exception {
        FxToolkit.registerPrimaryStage();
        ChartView[] chart = new ChartView[1];
        FxToolkit.setupStage(stage -> {
            chart[0] = new ChartView(thread::execute);
            stage.setScene(new Scene(new StackPane(chart[0]), 400, 300));
            stage.show();
        });
        double[] before = new double[2];
        interact(() -> {
            before[0] = chart[0].prefWidth(-1);
            before[1] = chart[0].prefHeight(-1);
            chart[0].show(spec());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chart[0].frame() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // Taken from the frame, a dashboard laid out again would split its height by what was last drawn.
        int frameHeight = chart[0].frame().height();
        assertThat(frameHeight).isGreaterThan(100);
        double[] after = new double[2];
        interact(() -> {
            after[0] = chart[0].prefWidth(-1);
            after[1] = chart[0].prefHeight(-1);
        });
        assertThat(after).as("preferred width and height with a frame %d high shown", frameHeight)
                .containsExactly(before);
        assertThat(after[1]).isLessThan(frameHeight);
    }
}
