package sitrep.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * What a chart marks over its series ({@link JFreeChartBuilder} builds the rest): thresholds as a faint band with a
 * dashed line, the incident window, and the timeline's markers with labels that stay inside the plot.
 */
final class ChartMarkers {

    private static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final BasicStroke THRESHOLD_LINE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {5f, 3f}, 0f);
    private static final BasicStroke MARKER_LINE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    /** Markers closer than this many pixels to the first of their group share its label, not overprinted. */
    private static final double LABEL_SPACING_PX = 90;

    private ChartMarkers() {
    }

    /** Adds the spec's thresholds, incident window and timeline markers to {@code plot}, drawn {@code width} wide. */
    static void add(XYPlot plot, ChartSpec spec, JFreeChartBuilder.Colors c, int width) {
        // Thresholds as a faint band and a thin line where it begins: a healthy chart still reads healthy.
        for (ChartSpec.Threshold t : spec.thresholds()) {
            boolean critical = t.level() == ChartSpec.Threshold.Level.CRITICAL;
            IntervalMarker band = new IntervalMarker(t.from(), t.to());
            band.setPaint(critical ? c.criticalBand() : c.warningBand());
            plot.addRangeMarker(band, Layer.BACKGROUND);
            ValueMarker edge = new ValueMarker(t.from());
            edge.setPaint(critical ? c.criticalLine() : c.warning());
            // Dashed: a threshold is not a series, though the critical red is near the third series' colour.
            edge.setStroke(THRESHOLD_LINE);
            plot.addRangeMarker(edge, Layer.BACKGROUND);
        }
        // The plot's width is known only once drawn: estimated, so a label near the right edge is turned to
        // the left with a margin to spare rather than cut off by the plot's edge.
        double pxPerMs = (width - 80.0) / (spec.toMillis() - spec.fromMillis());
        if (spec.hasIncidentWindow()) {
            IntervalMarker incident = new IntervalMarker(spec.incidentFrom(), spec.incidentTo());
            incident.setPaint(c.incidentBand());
            incident.setLabel(INCIDENT_LABEL);
            incident.setLabelFont(MARKER_FONT);
            incident.setLabelPaint(c.text());
            // Along the bottom, so it never collides with the timeline markers' labels along the top; from the
            // window's start, or back from its end when the window begins too near the right edge for the word.
            long shownFrom = Math.max(spec.incidentFrom(), spec.fromMillis());
            boolean fits = (spec.toMillis() - shownFrom) * pxPerMs >= labelWidth(INCIDENT_LABEL) + LABEL_MARGIN_PX;
            incident.setLabelAnchor(fits ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
            incident.setLabelTextAnchor(fits ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
            plot.addDomainMarker(incident, Layer.BACKGROUND);
        }
        List<TimelineMarker> markers = spec.markers();
        int first = 0;
        while (first < markers.size()) {
            // Markers closer than LABEL_SPACING_PX to the first of their group share its label: "status +2".
            double firstPx = (markers.get(first).time().toEpochMilli() - spec.fromMillis()) * pxPerMs;
            int end = first + 1;
            while (end < markers.size()
                    && (markers.get(end).time().toEpochMilli() - spec.fromMillis()) * pxPerMs - firstPx < LABEL_SPACING_PX) {
                end++;
            }
            for (int i = first; i < end; i++) {
                TimelineMarker m = markers.get(i);
                ValueMarker line = new ValueMarker(m.time().toEpochMilli());
                line.setPaint(c.marker());
                line.setStroke(MARKER_LINE);
                line.setLabelFont(MARKER_FONT);
                line.setLabelPaint(c.marker());
                if (i == first) {
                    String label = m.kind() + (end - first > 1 ? " +" + (end - first - 1) : "");
                    boolean fits = (spec.toMillis() - m.time().toEpochMilli()) * pxPerMs
                            >= labelWidth(label) + LABEL_MARGIN_PX;
                    line.setLabel(label);
                    line.setLabelAnchor(fits ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
                    line.setLabelTextAnchor(fits ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
                }
                plot.addDomainMarker(line, Layer.FOREGROUND);
            }
            first = end;
        }
    }

    private static final String INCIDENT_LABEL = "incident";
    /** What a label needs beyond its text before the plot's edge: the label's offset and the width estimate's error. */
    private static final double LABEL_MARGIN_PX = 16;
    private static final FontMetrics MARKER_METRICS = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
            .createGraphics().getFontMetrics(MARKER_FONT);

    private static double labelWidth(String text) {
        synchronized (MARKER_METRICS) {
            return MARKER_METRICS.stringWidth(text);
        }
    }
}
