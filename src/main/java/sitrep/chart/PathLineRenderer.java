package sitrep.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Draws each series as one {@link Path2D.Float}, built in a single loop when the plot asks for the
 * series' first item; the other items cost an empty call. It produces the same path, point for point, as
 * {@code XYLineAndShapeRenderer} with lines only and {@code setDrawSeriesLineAsPath(true)} (every item,
 * not only the visible ones; a NaN breaks the line; coordinates rounded to float), stroked with the same
 * paint and stroke, so the pixels are identical. What it leaves out is what made that renderer slow:
 * a second pass over every item, an entity per item when rendering info is collected, and several map
 * look-ups per item ({@code XYPlot.getDomainAxisEdge}, {@code XYPlot.indexOf}).
 * It draws no shapes, labels or entities: the dashboard shows none. Grid lines are stamped, see
 * {@link GridStamp}.
 */
final class PathLineRenderer extends AbstractXYItemRenderer {

    private static final long serialVersionUID = 1L;

    private final Paint[] paints;
    private final Stroke stroke;
    private final transient Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO, 4096);

    private final transient GridStamp rangeGrid = new GridStamp(true);
    private final transient GridStamp domainGrid = new GridStamp(false);

    /** @param paints one per series, in series order */
    PathLineRenderer(Paint[] paints, Stroke stroke) {
        this.paints = paints.clone();
        this.stroke = stroke;
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset data,
                                          PlotRenderingInfo info) {
        XYItemRendererState state = super.initialise(g2, dataArea, plot, data, info);
        // As XYLineAndShapeRenderer does for paths: every item, so a path off the left edge still enters.
        state.setProcessVisibleItemsOnly(false);
        return state;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (item != state.getFirstItemIndex()) {
            return;
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        path.reset();
        boolean lastGood = false;
        int last = state.getLastItemIndex();
        for (int i = item; i <= last; i++) {
            double x = domainAxis.valueToJava2D(dataset.getXValue(series, i), dataArea, xEdge);
            double y = rangeAxis.valueToJava2D(dataset.getYValue(series, i), dataArea, yEdge);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                lastGood = false;
                continue;
            }
            if (lastGood) {
                path.lineTo((float) x, (float) y);
            } else {
                path.moveTo((float) x, (float) y);
            }
            lastGood = true;
        }
        g2.setStroke(stroke);
        g2.setPaint(paints[series % paints.length]);
        g2.draw(path);
    }

    @Override
    public void drawDomainLine(Graphics2D g2, XYPlot plot, ValueAxis axis, Rectangle2D dataArea, double value,
                               Paint paint, Stroke stroke) {
        if (plot.getOrientation() != PlotOrientation.VERTICAL || !GridStamp.applies(g2, paint)) {
            super.drawDomainLine(g2, plot, axis, dataArea, value, paint, stroke);
            return;
        }
        if (!axis.getRange().contains(value)) {
            return;
        }
        double x = axis.valueToJava2D(value, dataArea, plot.getDomainAxisEdge());
        domainGrid.draw(g2, x, dataArea.getMinY(), dataArea.getMaxY(), paint, stroke);
        // What the ordinary path leaves set on g2.
        g2.setPaint(paint);
        g2.setStroke(stroke);
    }

    @Override
    public void drawRangeLine(Graphics2D g2, XYPlot plot, ValueAxis axis, Rectangle2D dataArea, double value,
                              Paint paint, Stroke stroke) {
        if (plot.getOrientation() != PlotOrientation.VERTICAL || !GridStamp.applies(g2, paint)) {
            super.drawRangeLine(g2, plot, axis, dataArea, value, paint, stroke);
            return;
        }
        if (!axis.getRange().contains(value)) {
            return;
        }
        double y = axis.valueToJava2D(value, dataArea, plot.getRangeAxisEdge());
        rangeGrid.draw(g2, y, dataArea.getMinX(), dataArea.getMaxX(), paint, stroke);
        g2.setPaint(paint);
        g2.setStroke(stroke);
    }
}
