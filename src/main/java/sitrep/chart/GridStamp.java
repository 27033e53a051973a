package sitrep.chart;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;

/**
 * Draws JFreeChart's dashed grid lines by rasterizing one of them and stamping copies. Each dashed line
 * through Java2D's stroker cost about 75 us, and some 65 of them took more than half of a 20-series chart.
 *
 * <p>Why the copies are exact: grid lines are drawn without anti-aliasing and with
 * {@code STROKE_NORMALIZE}, under which Java2D moves every coordinate c to {@code floor(c + 0.25) + 0.25}
 * before stroking. All horizontal grid lines share their x extent, so after
 * that they differ only by a whole number of pixels in y (vertical ones likewise in x), and rasterization
 * commutes with whole-pixel shifts. A stamp is therefore the same line drawn with the same stroke, paint
 * and hints into a transparent strip, shifted by a whole number of pixels; stamping an opaque colour with
 * SrcOver writes exactly the pixels the stroker would have filled, under the same clip. Anything else (a
 * translucent or non-colour paint, another composite, anti-aliasing, a transform) is drawn the ordinary
 * way. {@code ChartRasterizerTest} compares whole charts pixel by pixel with JFreeChart's own drawing.
 */
final class GridStamp {

    private final boolean horizontal;
    private BufferedImage stamp;
    private double from;
    private double to;
    private Paint paint;
    private Stroke stroke;

    /** @param horizontal true for range grid lines (horizontal in a vertical plot), false for domain ones */
    GridStamp(boolean horizontal) {
        this.horizontal = horizontal;
    }

    /** Whether {@code g2} is in a state where stamping equals drawing. */
    static boolean applies(Graphics2D g2, Paint paint) {
        return paint instanceof Color c && c.getAlpha() == 255
                && g2.getTransform().getType() == AffineTransform.TYPE_IDENTITY
                && g2.getComposite() == AlphaComposite.SrcOver
                && g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING) != RenderingHints.VALUE_ANTIALIAS_ON;
    }

    /**
     * Draws the line at {@code at} (y for horizontal, x for vertical) from {@code from} to {@code to}
     * along the other axis, as {@code g2.draw(line)} with the stroke-normalising hint would.
     */
    void draw(Graphics2D g2, double at, double from, double to, Paint paint, Stroke stroke) {
        // Normalisation moves a coordinate c to floor(c + 0.25) + 0.25; the stamp's line sits at 1.25.
        int shift = (int) Math.floor(at + 0.25);
        BufferedImage s = stampFor(g2, from, to, paint, stroke);
        if (horizontal) {
            g2.drawImage(s, 0, shift - 1, null);
        } else {
            g2.drawImage(s, shift - 1, 0, null);
        }
    }

    private BufferedImage stampFor(Graphics2D g2, double lineFrom, double lineTo, Paint p, Stroke st) {
        if (stamp != null && lineFrom == from && lineTo == to && p.equals(paint) && st.equals(stroke)) {
            return stamp;
        }
        int length = (int) Math.ceil(Math.max(lineFrom, lineTo)) + 2;
        stamp = horizontal ? new BufferedImage(length, 3, BufferedImage.TYPE_INT_ARGB_PRE)
                : new BufferedImage(3, length, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D s = stamp.createGraphics();
        try {
            s.setRenderingHints(g2.getRenderingHints());
            s.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
            s.setPaint(p);
            s.setStroke(st);
            // Normalised to 1.25: the stamp's middle row (or column), whatever the line's own fraction.
            double mid = 1.5;
            s.draw(horizontal ? new Line2D.Double(lineFrom, mid, lineTo, mid)
                    : new Line2D.Double(mid, lineFrom, mid, lineTo));
        } finally {
            s.dispose();
        }
        from = lineFrom;
        to = lineTo;
        paint = p;
        stroke = st;
        return stamp;
    }
}
