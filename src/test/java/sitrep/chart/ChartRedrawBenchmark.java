package sitrep.chart;


import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.IntBuffer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
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
 * without decimation, and the same undecimated chart through JFreeChart-FX's own canvas for reference.
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
        double lttb = Bench.medianMillis(2, 5, () -> {
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
        // Many runs: other builds share the two cores, and the median should not be one unlucky slice.
        double dec = Bench.medianMillis(15, 61, () -> {
            RenderedFrame f = rasterizer.render(small, ChartTheme.DARK, WIDTH, HEIGHT);
            RenderedFrame previous = last.getAndSet(f);
            if (previous != null) {
                rasterizer.recycle(previous);
            }
        });
        double undec = Bench.medianMillis(3, 11, () -> rasterizer.recycle(rasterizer.render(big, ChartTheme.DARK, WIDTH, HEIGHT)));

        AtomicReference<Double> swap = new AtomicReference<>();
        AtomicReference<Double> fxUndecimated = new AtomicReference<>();
        AtomicReference<Double> fxDecimated = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            try {
                ImageView view = new ImageView();
                RenderedFrame f = last.get();
                swap.set(Bench.medianMillis(5, 21, () -> view.setImage(new WritableImage(new PixelBuffer<>(f.width(),
                        f.height(), IntBuffer.wrap(f.argbPre()), PixelFormat.getIntArgbPreInstance())))));
                fxUndecimated.set(fxCanvasRedraw(rasterizer.build(big)));
                fxDecimated.set(fxCanvasRedraw(rasterizer.build(small)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        Bench.print("lttb_20x28800_to_3000_per_poll", lttb, "ms");
        Bench.print("chart_redraw_20x28800_decimated_1600x900", dec, "ms");
        Bench.print("chart_redraw_20x28800_undecimated_1600x900", undec, "ms");
        Bench.print("chart_frame_swap_fx_thread", swap.get(), "ms");
        Bench.print("chart_redraw_20x28800_undecimated_jfreechart_fx_canvas", fxUndecimated.get(), "ms");
        Bench.print("chart_redraw_20x28800_decimated_jfreechart_fx_canvas", fxDecimated.get(), "ms");
        assertThat(last.get().plotWidth()).isGreaterThan(1000);
    }

    /** JFreeChart-FX's path: FXGraphics2D onto a Canvas, anti-aliased; the snapshot forces rasterization. */
    private static double fxCanvasRedraw(JFreeChart chart) throws Exception {
        chart.setAntiAlias(true);
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        return Bench.medianMillis(1, 5, () -> {
            canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
            canvas.snapshot(new SnapshotParameters(), null);
        });
    }
}
