package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import sitrep.chart.ChartSpec;
import sitrep.chart.Lttb;
import sitrep.chart.SeriesDataset;
import sitrep.ui.dashboard.ChartView;

/** Work handed to the first-frame gate waits for a chart with data on screen, or for the fallback. */
class FirstDataFrameWatchFxTest extends FxRobot {

    private static final long T0 = 1_781_100_000_000L;
    private final ExecutorService renderer = Executors.newSingleThreadExecutor();
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        renderer.shutdownNow();
    }

    private static ChartSpec spec(int points) {
        long[] t = new long[points];
        double[] v = new double[points];
        for (int i = 0; i < points; i++) {
            t[i] = T0 + i * 60_000L;
            v[i] = i % 3;
        }
        return new ChartSpec("latency", "s", ChartSpec.YAxisMode.AUTO,
                List.of(new SeriesDataset.Series("p99", new Lttb.Points(t, v))), List.of(), List.of(), T0,
                T0 + 600_000, Long.MIN_VALUE, 0, "", ZoneOffset.UTC);
    }

    private FirstDataFrameWatch showChart(ChartView chart, Duration fallback) throws Exception {
        FirstDataFrameWatch[] watch = new FirstDataFrameWatch[1];
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(new StackPane(chart), 400, 300);
            watch[0] = FirstDataFrameWatch.install(scene, fallback);
            stage.setScene(scene);
            stage.show();
        });
        return watch[0];
    }

    @Test
    void workWaitsForAChartThatDrawsPointsNotForAnEmptyOne() throws Exception {
        ChartView chart = new ChartView(renderer);
        FirstDataFrameWatch watch = showChart(chart, Duration.minutes(5));
        interact(() -> watch.afterFirstFrame().execute(() -> ran.add("timeline")));
        interact(() -> chart.show(spec(0)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chart.frame() != null);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(ran).as("an empty chart is not a first frame").isEmpty();

        interact(() -> chart.show(spec(10)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !ran.isEmpty());
        interact(() -> watch.afterFirstFrame().execute(() -> ran.add("after")));
        assertThat(ran).containsExactly("timeline", "after");
    }

    @Test
    void withoutAChartTheGateOpensAfterTheFallbackInTheOrderGiven() throws Exception {
        ChartView chart = new ChartView(renderer);
        FirstDataFrameWatch watch = showChart(chart, Duration.millis(400));
        interact(() -> {
            watch.afterFirstFrame().execute(() -> ran.add("first"));
            watch.afterFirstFrame().execute(() -> ran.add("second"));
        });
        assertThat(ran).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.size() == 2);
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void openingByHandRunsWhatWaitsOnce() throws Exception {
        ChartView chart = new ChartView(renderer);
        FirstDataFrameWatch watch = showChart(chart, Duration.minutes(5));
        interact(() -> {
            watch.afterFirstFrame().execute(() -> ran.add("shown"));
            watch.open();
            watch.open();
        });
        assertThat(ran).containsExactly("shown");
    }
}
