package sitrep.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.Test;

/** The fast path must draw exactly what JFreeChart's own line renderer drew, and reuse must leave no trace. */
class ChartRasterizerTest {

    private static final long T0 = 1_781_100_000_000L;

    private static ChartSpec spec(int seriesCount, boolean stale, ChartSpec.YAxisMode mode, double offset) {
        List<SeriesDataset.Series> series = new ArrayList<>();
        for (int s = 0; s < seriesCount; s++) {
            int n = 2_000;
            long[] t = new long[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = T0 + i * 1800L;
                // A gap of NaN in the middle: the line must break there, as before.
                v[i] = i > 900 && i < 950 ? Double.NaN : offset + 0.2 + 0.05 * s + 0.1 * Math.sin(i / 50.0 + s);
            }
            series.add(new SeriesDataset.Series("api-" + s, new Lttb.Points(t, v)));
        }
        return new ChartSpec("latency", "s", mode, series,
                List.of(new ChartSpec.Threshold(0.5, 1.0, ChartSpec.Threshold.Level.WARNING)),
                List.of(new TimelineMarker(Instant.ofEpochMilli(T0 + 1_000_000), "mitigation", "")),
                T0, T0 + 3_600_000L, T0 + 600_000, T0 + 1_200_000, stale ? "stale since 12:00:00" : "",
                ZoneOffset.UTC);
    }

    /** The chart as the rasterizer drew it before: XYLineAndShapeRenderer, lines as one path per series. */
    private static int[] reference(ChartRasterizer r, ChartSpec spec, int w, int h) {
        JFreeChart chart = JFreeChartBuilder.build(spec, w);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setDrawSeriesLineAsPath(true);
        lines.setAutoPopulateSeriesPaint(false);
        lines.setAutoPopulateSeriesStroke(false);
        java.awt.Paint[] paints = JFreeChartBuilder.seriesPaints(spec);
        for (int i = 0; i < spec.series().size(); i++) {
            lines.setSeriesPaint(i, paints[i]);
            lines.setSeriesStroke(i, new java.awt.BasicStroke(1f));
        }
        chart.getXYPlot().setRenderer(lines);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h), new org.jfree.chart.ChartRenderingInfo());
        g.dispose();
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    @Test
    void drawsTheSamePixelsAsJFreeChartsLineRenderer() {
        ChartRasterizer r = new ChartRasterizer();
        for (ChartSpec spec : List.of(spec(5, false, ChartSpec.YAxisMode.FROM_ZERO, 0),
                spec(3, true, ChartSpec.YAxisMode.AUTO, 0), spec(2, false, ChartSpec.YAxisMode.LOG, 0),
                spec(1, false, ChartSpec.YAxisMode.RATIO, 0))) {
            RenderedFrame fast = r.render(spec, ChartTheme.DARK, 900, 420);
            int[] expected = reference(r, spec, 900, 420);
            assertThat(differing(fast.argbPre(), expected)).as(spec.yAxisMode() + " stale=" + spec.stale()).isZero();
            assertThat(fast.plotWidth()).isGreaterThan(600);
        }
    }

    @Test
    void aRecycledArrayIsReusedAndShowsNothingOfItsLastFrame() {
        ChartRasterizer reusing = new ChartRasterizer();
        RenderedFrame first = reusing.render(spec(4, true, ChartSpec.YAxisMode.AUTO, 5), ChartTheme.DARK, 640, 360);
        int[] array = first.argbPre();
        reusing.recycle(first);
        assertThat(reusing.spareFrames()).isEqualTo(1);

        ChartSpec next = spec(2, false, ChartSpec.YAxisMode.FROM_ZERO, 0);
        RenderedFrame second = reusing.render(next, ChartTheme.DARK, 640, 360);
        RenderedFrame fresh = new ChartRasterizer().render(next, ChartTheme.DARK, 640, 360);

        assertThat(second.argbPre()).isSameAs(array);
        assertThat(differing(second.argbPre(), fresh.argbPre())).isZero();
        assertThat(reusing.spareFrames()).isZero();
    }

    @Test
    void anArrayOfAnotherSizeIsNotReused() {
        ChartRasterizer r = new ChartRasterizer();
        RenderedFrame small = r.render(spec(1, false, ChartSpec.YAxisMode.AUTO, 0), ChartTheme.DARK, 320, 200);
        r.recycle(small);
        RenderedFrame big = r.render(spec(1, false, ChartSpec.YAxisMode.AUTO, 0), ChartTheme.DARK, 640, 400);
        assertThat(big.argbPre()).isNotSameAs(small.argbPre()).hasSize(640 * 400);
    }

    private static int differing(int[] a, int[] b) {
        assertThat(a).hasSameSizeAs(b);
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n;
    }
}
