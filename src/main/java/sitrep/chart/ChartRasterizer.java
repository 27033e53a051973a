package sitrep.chart;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * Draws a {@link ChartSpec} with JFreeChart into plain pixels through Java2D. Lines are drawn without
 * anti-aliasing (text keeps it): on the software pipeline that is what keeps a 20-series chart under a
 * frame's budget, and two-pixel lines read well on a wall screen. The series go through
 * {@link PathLineRenderer} (one path per series, same pixels as JFreeChart's line renderer), and pixel
 * arrays handed back with {@link #recycle} are reused. Rendering is not thread-safe (one instance per
 * render thread); {@link #recycle} may be called from any thread.
 */
public final class ChartRasterizer {

    /** What TYPE_INT_ARGB_PRE uses, so that an image over a reused array gets the same Java2D loops. */
    private static final DirectColorModel ARGB_PRE = new DirectColorModel(
            ColorSpace.getInstance(ColorSpace.CS_sRGB), 32, 0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000, true,
            DataBuffer.TYPE_INT);

    private final FramePool pool = new FramePool();

    /**
     * Renders into a pixel array that belongs to the caller until it gives it back with {@link #recycle}
     * (never, if it likes: then the array is simply garbage). Every pixel is written: the chart's opaque
     * background is filled over the whole frame first, so a reused array shows nothing of its last frame.
     */
    public RenderedFrame render(ChartSpec spec, ChartTheme theme, int width, int height) {
        int[] pixels = pool.take(width * height);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, pixels.length), width, height,
                width, ARGB_PRE.getMasks(), null);
        BufferedImage image = new BufferedImage(ARGB_PRE, raster, true, null);
        // No entity collection: nothing here maps clicks through JFreeChart, and collecting one entity per
        // item cost more than drawing the lines did.
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        Graphics2D g = image.createGraphics();
        try {
            JFreeChartBuilder.build(spec, theme, width, height).draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g.dispose();
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        return new RenderedFrame(pixels, width, height, area.getX(), area.getY(), area.getWidth(), area.getHeight(),
                spec, theme);
    }

    /**
     * Draws a small chart once and throws it away. The first chart of a process takes about 100 ms more than the
     * next ones (JFreeChart's classes, Java2D's loops and fonts); the console starts this on a spare core while
     * its window is built, so that its first chart with data is drawn warm.
     */
    public static void warmUp() {
        long t0 = 1_700_000_000_000L;
        Lttb.Points points = new Lttb.Points(new long[] {t0, t0 + 60_000, t0 + 120_000}, new double[] {0.1, 0.3, 0.2});
        ChartSpec spec = new ChartSpec("warm-up", "s", ChartSpec.YAxisMode.FROM_ZERO,
                List.of(new SeriesDataset.Series("p99", points), new SeriesDataset.Series("p50", points)),
                List.of(new ChartSpec.Threshold(0.25, ChartSpec.Threshold.OPEN, ChartSpec.Threshold.Level.WARNING)),
                List.of(), t0, t0 + 120_000, t0 + 30_000, t0 + 90_000, "", ZoneOffset.UTC);
        new ChartRasterizer().render(spec, ChartTheme.DARK, 320, 240);
    }

    /**
     * Hands a frame's pixels back for a later {@link #render}, from any thread. Only for a frame that is
     * not on screen and no longer read by anyone.
     */
    public void recycle(RenderedFrame frame) {
        pool.give(frame.argbPre());
    }

    /** How many arrays wait for reuse; for tests. */
    int spareFrames() {
        return pool.size();
    }

    /** A PNG of the chart, for exports; anti-aliased since nobody waits on it frame by frame. */
    public byte[] png(ChartSpec spec, ChartTheme theme, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            JFreeChart chart = JFreeChartBuilder.build(spec, theme, width, height);
            chart.setAntiAlias(true);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
