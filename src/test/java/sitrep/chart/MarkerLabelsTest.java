package sitrep.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

/** Marker labels stay inside the plot and say how many markers they stand for. */
class MarkerLabelsTest {

    private static final long T0 = 1_781_100_000_000L;
    private static final long HOUR = 3_600_000L;

    private static XYPlot plot(long incidentFrom, List<TimelineMarker> markers) {
        long[] t = {T0, T0 + HOUR};
        double[] v = {1, 2};
        ChartSpec spec = new ChartSpec("latency", "s", ChartSpec.YAxisMode.AUTO,
                List.of(new SeriesDataset.Series("api", new Lttb.Points(t, v))), List.of(), markers, T0, T0 + HOUR,
                incidentFrom, T0 + HOUR, "", ZoneOffset.UTC);
        return JFreeChartBuilder.build(spec, 600).getXYPlot();
    }

    private static IntervalMarker incident(XYPlot plot) {
        Collection<?> background = plot.getDomainMarkers(Layer.BACKGROUND);
        return (IntervalMarker) background.iterator().next();
    }

    private static List<Marker> lines(XYPlot plot) {
        List<Marker> out = new ArrayList<>();
        for (Object m : plot.getDomainMarkers(Layer.FOREGROUND)) {
            out.add((Marker) m);
        }
        return out;
    }

    private static TimelineMarker at(long millis, String kind) {
        return new TimelineMarker(Instant.ofEpochMilli(millis), kind, kind);
    }

    @Test
    void theIncidentLabelReadsRightwardsFromTheWindowsStartAndTurnsBackWhenItBeginsNearTheRightEdge() {
        assertThat(incident(plot(T0 + HOUR / 2, List.of())).getLabelTextAnchor()).isEqualTo(TextAnchor.BOTTOM_LEFT);
        // Two minutes of a one-hour chart 600 px wide: about 17 px, too narrow for the word.
        IntervalMarker late = incident(plot(T0 + HOUR - 120_000, List.of()));
        assertThat(late.getLabel()).isEqualTo("incident");
        assertThat(late.getLabelTextAnchor()).isEqualTo(TextAnchor.BOTTOM_RIGHT);
    }

    @Test
    void markersCloserThanALabelShareOneThatCountsTheRestAndALabelNearTheRightEdgeReadsLeftwards() {
        XYPlot plot = plot(Long.MIN_VALUE, List.of(at(T0 + HOUR / 4, "detection"),
                at(T0 + HOUR - 90_000, "status"), at(T0 + HOUR - 80_000, "severity"), at(T0 + HOUR - 70_000, "role")));
        List<Marker> lines = lines(plot);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).getLabel()).isEqualTo("detection");
        assertThat(lines.get(0).getLabelTextAnchor()).isEqualTo(TextAnchor.TOP_LEFT);
        assertThat(lines.get(1).getLabel()).isEqualTo("status +2");
        assertThat(lines.get(1).getLabelTextAnchor()).as("90 s before a one-hour chart's end")
                .isEqualTo(TextAnchor.TOP_RIGHT);
        assertThat(lines.get(2).getLabel()).isNull();
        assertThat(lines.get(3).getLabel()).isNull();
    }
}
