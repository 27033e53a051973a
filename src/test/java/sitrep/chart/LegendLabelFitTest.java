package sitrep.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A legend label wider than its chart is cut at the end with an ellipsis, never mid-letter at the edge. */
class LegendLabelFitTest {

    private static final FontMetrics FM = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
            .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    @Test
    void aLabelThatFitsStaysWhole() {
        assertThat(JFreeChartBuilder.fitted("p99", 200, FM)).isEqualTo("p99");
    }

    @Test
    void aLongLabelEndsInAnEllipsisWithinTheRoom() {
        String label = "blackbox-http api.example.com/healthz";
        int room = FM.stringWidth(label) / 2;

        String fitted = JFreeChartBuilder.fitted(label, room, FM);

        assertThat(fitted).endsWith("\u2026").startsWith("blackbox-http");
        assertThat(FM.stringWidth(fitted)).isLessThanOrEqualTo(room);
        assertThat(label).startsWith(fitted.substring(0, fitted.length() - 1));
    }

    @Test
    void theMoreItemIsWordsAloneWithoutALineOrShapeBeforeThem() {
        java.util.List<SeriesDataset.Series> series = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            series.add(new SeriesDataset.Series("blackbox-http probe-" + i + ".example.com/healthz",
                    new Lttb.Points(new long[] {0, 60_000}, new double[] {1, 2})));
        }
        ChartSpec spec = new ChartSpec("probes", "s", ChartSpec.YAxisMode.AUTO, series, java.util.List.of(),
                java.util.List.of(), 0, 60_000, Long.MIN_VALUE, 0, "", java.time.ZoneOffset.UTC);
        org.jfree.chart.LegendItemCollection items = JFreeChartBuilder.build(spec, ChartTheme.DARK, 400, 200)
                .getXYPlot().getFixedLegendItems();
        org.jfree.chart.LegendItem more = items.get(items.getItemCount() - 1);
        assertThat(more.getLabel()).startsWith("+").endsWith(" more (hover the chart)");
        assertThat(more.isLineVisible()).isFalse();
        assertThat(more.isShapeVisible()).isFalse();
    }
}
