package sitrep.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** A ratio in percent scales from zero to its data, as Grafana's percentunit does, whatever the data's size. */
class RatioAxisTest {

    private static final long T0 = 1_781_100_000_000L;

    private static NumberAxis axisFor(double... values) {
        long[] t = new long[values.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = T0 + i * 60_000L;
        }
        ChartSpec spec = new ChartSpec("Error ratio", "", ChartSpec.YAxisMode.RATIO,
                List.of(new SeriesDataset.Series("api", new Lttb.Points(t, values))), List.of(), List.of(), T0,
                T0 + 60_000L * values.length, Long.MIN_VALUE, 0, "", ZoneOffset.UTC);
        XYPlot plot = JFreeChartBuilder.build(spec, ChartTheme.DARK, 800, 300).getXYPlot();
        return (NumberAxis) plot.getRangeAxis();
    }

    @Test
    void aSmallErrorRatioFillsThePlotAndReadsInFractionsOfAPercent() {
        NumberAxis axis = axisFor(0.002, 0.004, 0.003);
        assertThat(axis.getLowerBound()).isZero();
        assertThat(axis.getUpperBound()).isBetween(0.004, 0.006);
        assertThat(axis.getNumberFormatOverride().format(0.004)).isEqualTo("0.4%");
    }

    @Test
    void aSaturationOverAHundredPercentStaysOnTheChart() {
        assertThat(axisFor(0.9, 1.8, 1.2).getUpperBound()).isGreaterThanOrEqualTo(1.8);
    }
}
