package sitrep.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** A stamped grid line is pixel for pixel the dashed line Java2D strokes, at every sub-pixel position. */
class GridStampTest {

    private static final int SIZE = 420;

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    @Test
    void stampsMatchStrokedLinesInBothDirections() {
        Stroke stroke = XYPlot.DEFAULT_GRIDLINE_STROKE;
        Color paint = new Color(0x30363d);
        for (boolean horizontal : new boolean[] {true, false}) {
            GridStamp stamp = new GridStamp(horizontal);
            for (int k = 0; k < 300; k++) {
                double at = 20 + k * 0.0371;
                double from = 12.3 + k * 0.0173;
                double to = 400.9 - k * 0.0291;
                BufferedImage expected = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D e = graphics(expected);
                e.setPaint(paint);
                e.setStroke(stroke);
                e.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
                e.draw(horizontal ? new Line2D.Double(from, at, to, at) : new Line2D.Double(at, from, at, to));
                e.dispose();
                BufferedImage actual = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D a = graphics(actual);
                assertThat(GridStamp.applies(a, paint)).isTrue();
                stamp.draw(a, at, from, to, paint, stroke);
                a.dispose();
                assertThat(pixels(actual)).as("horizontal=%s at=%s from=%s", horizontal, at, from)
                        .isEqualTo(pixels(expected));
            }
        }
    }

    @Test
    void doesNotApplyWhereStampingWouldDiffer() {
        Graphics2D g = graphics(new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB_PRE));
        assertThat(GridStamp.applies(g, new Color(0, 0, 0, 128))).as("translucent").isFalse();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        assertThat(GridStamp.applies(g, Color.BLACK)).as("anti-aliased").isFalse();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.scale(2, 2);
        assertThat(GridStamp.applies(g, Color.BLACK)).as("scaled").isFalse();
        g.dispose();
    }
}
