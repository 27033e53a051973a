package sitrep.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.IntBuffer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.jfree.chart.JFreeChart;
import org.jfree.fx.FXGraphics2D;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import sitrep.bench.Bench;

/**
 * One chart of 20 series x 28,800 points (8 h at 1 s) at 1600x900 on the software pipeline, with and
 * without decimation, each against the same chart drawn through JFreeChart-FX's own canvas on the FX
 * thread, interleaved pair by pair ({@link Bench#compare}).
 *
 * <p>What "redraw" measures: one {@link ChartRasterizer#render} call as {@code ChartView}'s render thread
 * makes it once per poll, from a ready {@link ChartSpec} (already decimated, or not) to finished pixels:
 * building the JFreeChart (axes, legend of 20 entries, markers), auto-ranging, tick labels, the lines, and
 * the pixel array, which is recycled after each frame as ChartView does once a frame leaves the screen.
 * Not included: the fetch and LTTB (printed on their own line) and the FX thread's swap of the image
 * (also printed). The JFreeChart-FX lines include the snapshot that makes the canvas rasterize.
 */
class ChartRedrawBenchmark {

    private static final int SERIES = 20;
    private static final int POINTS = 28_800;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final long T0 = 1_781_100_000_000L;

    private static List<SeriesDataset.Series> raw() {
        Random random = new Random(42);
        List<SeriesDataset.Series> out = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            long[] t = new long[POINTS];
            double[] v = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                t[i] = T0 + i * 1000L;
                v[i] = 0.05 + 0.01 * s + 0.02 * Math.sin(i / 400.0 + s) + random.nextDouble() * 0.01
                        + (i > 14_000 && i < 16_000 ? 0.4 : 0);
            }
            out.add(new SeriesDataset.Series("api-" + s, new Lttb.Points(t, v)));
        }
        return out;
    }

    private static ChartSpec spec(List<SeriesDataset.Series> series) {
        return new ChartSpec("latency", "s", ChartSpec.YAxisMode.FROM_ZERO, series, List.of(), List.of(),
                T0, T0 + POINTS * 1000L, Long.MIN_VALUE, 0, "", ZoneOffset.UTC);
    }

    @Test
    void redraw() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<SeriesDataset.Series> raw = raw();
        int budget = 2 * 1500;
        List<SeriesDataset.Series> decimated = new ArrayList<>();
        // A few milliseconds a poll: a longer warm-up and more samples than the redraws need, two polls a sample.
        double lttb = Bench.medianMillis(new Bench.Sampling(10, 21, 2, Bench.Clock.WALL, false), () -> {
            decimated.clear();
            for (SeriesDataset.Series s : raw) {
                Lttb.Points p = s.points();
                decimated.add(new SeriesDataset.Series(s.label(), Lttb.decimate(p.times(), p.values(), p.size(), budget)));
            }
        });
        ChartRasterizer rasterizer = new ChartRasterizer();
        ChartSpec small = spec(decimated);
        ChartSpec big = spec(raw);
        AtomicReference<RenderedFrame> last = new AtomicReference<>();
        Bench.Task pixelsDecimated = () -> {
            RenderedFrame f = rasterizer.render(small, ChartTheme.DARK, WIDTH, HEIGHT);
            RenderedFrame previous = last.getAndSet(f);
            if (previous != null) {
                rasterizer.recycle(previous);
            }
        };
        Bench.Task pixelsUndecimated = () -> rasterizer.recycle(rasterizer.render(big, ChartTheme.DARK, WIDTH, HEIGHT));
        Canvas canvas = onFx(() -> new Canvas(WIDTH, HEIGHT));
        FXGraphics2D g2 = onFx(() -> new FXGraphics2D(canvas.getGraphicsContext2D()));
        // Pixels and canvas interleaved, the canvas on the FX thread where it must draw: many pairs, as
        // other builds share the two cores and one unlucky slice must not decide the ratio.
        Bench.Comparison dec = Bench.compare(new Bench.Pairing(10, 31, Bench.Clock.WALL, true), pixelsDecimated,
                fxCanvasRedraw(canvas, g2, JFreeChartBuilder.build(small, ChartTheme.DARK, WIDTH, HEIGHT)));
        Bench.Comparison undec = Bench.compare(new Bench.Pairing(2, 7, Bench.Clock.WALL, true),
                pixelsUndecimated, fxCanvasRedraw(canvas, g2, JFreeChartBuilder.build(big, ChartTheme.DARK, WIDTH, HEIGHT)));

        AtomicReference<Double> swap = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            try {
                ImageView view = new ImageView();
                RenderedFrame f = last.get();
                swap.set(Bench.medianMillis(5, 21, () -> view.setImage(new WritableImage(new PixelBuffer<>(f.width(),
                        f.height(), IntBuffer.wrap(f.argbPre()), PixelFormat.getIntArgbPreInstance())))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        Bench.print("lttb_20x28800_to_3000_per_poll", lttb, "ms (median of 21 samples of 2 polls each)");
        dec.print("chart_redraw_20x28800_decimated_1600x900", "chart_redraw_20x28800_decimated_jfreechart_fx_canvas",
                "chart_redraw_decimated_pixels_vs_fx_canvas_ratio", "interleaved");
        undec.print("chart_redraw_20x28800_undecimated_1600x900",
                "chart_redraw_20x28800_undecimated_jfreechart_fx_canvas",
                "chart_redraw_undecimated_pixels_vs_fx_canvas_ratio", "interleaved");
        Bench.print("chart_frame_swap_fx_thread", swap.get(), "ms");
        assertThat(last.get().plotWidth()).isGreaterThan(1000);
    }

    /**
     * JFreeChart-FX's path: FXGraphics2D onto a Canvas, anti-aliased, on the FX thread; the snapshot
     * forces rasterization. The caller's thread waits, so its wall time is the canvas's whole cost.
     */
    private static Bench.Task fxCanvasRedraw(Canvas canvas, FXGraphics2D g2, JFreeChart chart) {
        chart.setAntiAlias(true);
        return () -> onFx(() -> {
            canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
            canvas.snapshot(new SnapshotParameters(), null);
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(2, TimeUnit.MINUTES);
    }
}
