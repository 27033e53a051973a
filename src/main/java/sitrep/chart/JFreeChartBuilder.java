package sitrep.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Builds the JFreeChart for a {@link ChartSpec} in a theme: time and value axes, the series with a legend
 * that fits, threshold bands, the incident window and timeline markers. {@link ChartRasterizer} draws it.
 */
final class JFreeChartBuilder {

    private static final Color[] PALETTE = {
        new Color(0x58a6ff), new Color(0xf78166), new Color(0x3fb950), new Color(0xd29922),
        new Color(0xbc8cff), new Color(0x39c5cf), new Color(0xff7b72), new Color(0xa5d6ff),
        new Color(0x7ee787), new Color(0xe3b341), new Color(0xd2a8ff), new Color(0x56d4dd),
    };
    private static final Color STALE = new Color(0x6e7681);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    private JFreeChartBuilder() {
    }

    static JFreeChart build(ChartSpec spec, int width) {
        return build(spec, ChartTheme.DARK, width, Integer.MAX_VALUE);
    }

    /** The most of a chart's height its legend may take (the issue allows a third): the plot keeps the rest. */
    static final double LEGEND_SHARE = 0.25;
    private static final int LEGEND_ROW = 20;
    private static final int LEGEND_ITEM_EXTRA = 36;

    /**
     * How many legend items fit in a third of {@code height} when laid out in rows across {@code width}; when
     * not all do, the last one that fits is given up for "+N more" (the crosshair readout lists every series).
     */
    static int legendItemsShown(List<String> labels, int width, int height, FontMetrics fm) {
        int rows = 1;
        int x = 0;
        int budget = (int) Math.floor(height * LEGEND_SHARE);
        for (int i = 0; i < labels.size(); i++) {
            int w = fm.stringWidth(labels.get(i)) + LEGEND_ITEM_EXTRA;
            if (x > 0 && x + w > width) {
                rows++;
                x = 0;
            }
            x += w;
            if (rows * LEGEND_ROW > budget) {
                return Math.max(0, i - 1);
            }
        }
        return labels.size();
    }

    /**
     * The label cut at its end with an ellipsis to fit {@code room} pixels: the legend clipped a long one mid-letter
     * at the chart's edge. The crosshair's readout shows it whole.
     */
    static String fitted(String label, int room, FontMetrics fm) {
        if (fm.stringWidth(label) <= room) {
            return label;
        }
        int end = label.length();
        while (end > 1 && fm.stringWidth(label.substring(0, end) + "\u2026") > room) {
            end--;
        }
        return label.substring(0, end) + "\u2026";
    }

    private static final FontMetrics LEGEND_METRICS = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
            .createGraphics().getFontMetrics(TICK_FONT);

    static JFreeChart build(ChartSpec spec, ChartTheme theme, int width, int height) {
        Colors c = Colors.of(theme);
        SeriesDataset dataset = new SeriesDataset();
        dataset.replaceAll(spec.series());

        DateAxis time = new DateAxis();
        TimeZone zone = TimeZone.getTimeZone(spec.zone());
        time.setTimeZone(zone);
        SimpleDateFormat format = new SimpleDateFormat(spec.toMillis() - spec.fromMillis() > 36 * 3_600_000L
                ? "MMM d HH:mm" : "HH:mm");
        format.setTimeZone(zone);
        time.setDateFormatOverride(format);
        time.setRange(spec.fromMillis(), spec.toMillis());
        ValueAxis value = valueAxis(spec);
        for (ValueAxis axis : new ValueAxis[] {time, value}) {
            axis.setTickLabelFont(TICK_FONT);
            axis.setLabelFont(LABEL_FONT);
            axis.setTickLabelPaint(c.text);
            axis.setLabelPaint(c.text);
            axis.setAxisLinePaint(c.grid);
            axis.setTickMarkPaint(c.grid);
        }

        XYPlot plot = new XYPlot(dataset, time, value, new PathLineRenderer(seriesPaints(spec), LINE));
        // Series keys carry an index to stay unique; the legend shows the labels alone.
        LegendItemCollection legendItems = new LegendItemCollection();
        // Every HTTP probe's URL starts the same way: the legend leaves the scheme out and keeps the name.
        List<String> labels;
        int shown;
        synchronized (LEGEND_METRICS) {
            labels = spec.series().stream().map(SeriesDataset.Series::label)
                    .map(l -> fitted(l.replace("https://", "").replace("http://", ""),
                            width - LEGEND_ITEM_EXTRA, LEGEND_METRICS))
                    .toList();
            shown = legendItemsShown(labels, width, height, LEGEND_METRICS);
        }
        for (int i = 0; i < shown; i++) {
            Paint paint = spec.stale() ? STALE : PALETTE[i % PALETTE.length];
            LegendItem item = new LegendItem(labels.get(i), null, null, null,
                    new Line2D.Double(-7, 0, 7, 0), new BasicStroke(3f), paint);
            legendItems.add(item);
        }
        if (shown < labels.size()) {
            LegendItem more = new LegendItem("+" + (labels.size() - shown) + " more (hover the chart)", null, null,
                    null, new Line2D.Double(0, 0, 0, 0), new BasicStroke(0f), c.text);
            // Words only: an empty line and shape still drew a dot before them.
            more.setLineVisible(false);
            more.setShapeVisible(false);
            legendItems.add(more);
        }
        plot.setFixedLegendItems(legendItems);
        plot.setBackgroundPaint(c.plot);
        plot.setDomainGridlinePaint(c.grid);
        plot.setRangeGridlinePaint(c.grid);
        plot.setOutlineVisible(false);
        ChartMarkers.add(plot, spec, c, width);

        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, spec.series().size() > 1);
        chart.setBackgroundPaint(c.background);
        // Room on the right for half of the last time label, which a tick at the plot's edge centres there ("15:1").
        chart.setPadding(new RectangleInsets(5, 5, 5, TIME_LABEL_HALF_PX));
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(c.background);
            legend.setItemPaint(c.text);
            legend.setItemFont(TICK_FONT);
            legend.setFrame(BlockBorder.NONE);
        }
        if (spec.stale()) {
            TextTitle note = new TextTitle(spec.staleNote(), LABEL_FONT);
            note.setPaint(c.warning);
            note.setPosition(RectangleEdge.TOP);
            chart.addSubtitle(note);
        }
        return chart;
    }

    /** Half the width of a time tick label ("15:15" in the tick font), plus a little. */
    private static final double TIME_LABEL_HALF_PX = 18;

    /** One-pixel lines: thin enough for Java2D's fast non-anti-aliased line loop. */
    static final BasicStroke LINE = new BasicStroke(1f);

    static Paint[] seriesPaints(ChartSpec spec) {
        Paint[] paints = new Paint[Math.max(1, spec.series().size())];
        for (int i = 0; i < paints.length; i++) {
            paints[i] = spec.stale() ? STALE : PALETTE[i % PALETTE.length];
        }
        return paints;
    }

    private static ValueAxis valueAxis(ChartSpec spec) {
        switch (spec.yAxisMode()) {
            case LOG: {
                LogAxis log = new LogAxis(spec.unit());
                log.setSmallestValue(1e-6);
                return log;
            }
            case RATIO: {
                // From zero to the data, in percent: fixed at 0-105 %, a 0.4 % error ratio was a line on the floor
                // and a 180 % saturation was off the chart (Grafana's percentunit scales to the data too).
                NumberAxis ratio = new NumberAxis(spec.unit());
                ratio.setAutoRangeIncludesZero(true);
                NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
                percent.setMaximumFractionDigits(2);
                ratio.setNumberFormatOverride(percent);
                return ratio;
            }
            case FROM_ZERO: {
                NumberAxis zero = new NumberAxis(spec.unit());
                zero.setAutoRangeIncludesZero(true);
                return zero;
            }
            default: {
                NumberAxis auto = new NumberAxis(spec.unit());
                auto.setAutoRangeIncludesZero(false);
                return auto;
            }
        }
    }

    /** The two palettes follow the AtlantaFX Primer themes the window uses. */
    /** The incident window is a neutral tint, not red: red is kept for what is broken. */
    record Colors(Color background, Color plot, Color grid, Color text, Color warning, Color warningBand,
                          Color criticalBand, Color incidentBand, Color marker, Color criticalLine) {
        static final Colors DARK = new Colors(new Color(0x0d1117), new Color(0x0d1117), new Color(0x30363d),
                new Color(0xc9d1d9), new Color(0xd29922), new Color(210, 153, 34, 14), new Color(248, 81, 73, 16),
                new Color(139, 148, 158, 22), new Color(0xe3b341), new Color(0xf85149));
        static final Colors LIGHT = new Colors(Color.WHITE, Color.WHITE, new Color(0xd0d7de),
                new Color(0x24292f), new Color(0x9a6700), new Color(212, 167, 44, 18), new Color(207, 34, 46, 14),
                new Color(87, 96, 106, 16), new Color(0x9a6700), new Color(0xcf222e));

        /** The colours of {@code theme}. */
        static Colors of(ChartTheme theme) {
            return theme == ChartTheme.DARK ? DARK : LIGHT;
        }
    }
}
