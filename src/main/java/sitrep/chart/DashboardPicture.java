package sitrep.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;

/**
 * A whole dashboard drawn into one picture through Java2D: an optional drill banner, a line of words, and a grid of
 * titled charts. The console's first frame when a drill plays (docs/decisions/11-07): the toolkit shows one image
 * while the window's controls are built behind it. Any thread; every call draws a new picture.
 */
public final class DashboardPicture {

    /** One titled chart of the grid; a null spec is a panel without data, drawn as its title and {@code note}. */
    public record Cell(String title, ChartSpec spec, String note) {
        public Cell {
            note = note == null ? "" : note;
        }
    }

    /** Where the picture's parts are, for a picture of this size; in pixels. */
    record Layout(int bannerHeight, int lineTop, int gridTop, int columns, int cellWidth, int cellHeight) {

        static Layout of(int width, int height, boolean banner, int cells, int columns) {
            int bannerHeight = banner ? BANNER_HEIGHT : 0;
            int lineTop = bannerHeight + PAD;
            int gridTop = lineTop + LINE_HEIGHT + PAD;
            int rows = Math.max(1, (cells + columns - 1) / columns);
            int cellWidth = Math.max(1, (width - 2 * PAD - (columns - 1) * GAP) / columns);
            int cellHeight = Math.max(1, (height - gridTop - PAD - (rows - 1) * GAP) / rows);
            return new Layout(bannerHeight, lineTop, gridTop, columns, cellWidth, cellHeight);
        }

        int cellX(int i) {
            return PAD + (i % columns) * (cellWidth + GAP);
        }

        int cellY(int i) {
            return gridTop + (i / columns) * (cellHeight + GAP);
        }

        int chartHeight() {
            return Math.max(1, cellHeight - TITLE_HEIGHT);
        }
    }

    static final int PAD = 10;
    static final int GAP = 12;
    static final int BANNER_HEIGHT = 38;
    static final int LINE_HEIGHT = 22;
    static final int TITLE_HEIGHT = 24;
    /** The console's drill banner: violet stripes and an amber rule, impossible to mistake for a real incident. */
    private static final Color[] STRIPES = {new Color(0x6e40c9), new Color(0x8957e5)};
    private static final Color RULE = new Color(0xe3b341);
    private static final Font BANNER_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font LINE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private DashboardPicture() {
    }

    /** The colour under the picture's parts in {@code theme}, 0xRRGGBB: the window's own before the picture is drawn. */
    public static int background(ChartTheme theme) {
        return JFreeChartBuilder.Colors.of(theme).background().getRGB() & 0xffffff;
    }

    /**
     * Draws the picture; premultiplied ARGB pixels, row by row, {@code width * height} of them.
     *
     * @param banner the drill banner's words, or empty for none
     * @param line   a line of words under the banner
     */
    public static int[] draw(int width, int height, ChartTheme theme, String banner, String line, List<Cell> cells,
                             int columns) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        JFreeChartBuilder.Colors colors = JFreeChartBuilder.Colors.of(theme);
        Layout layout = Layout.of(width, height, !banner.isEmpty(), cells.size(), Math.max(1, columns));
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(colors.background());
            g.fillRect(0, 0, width, height);
            if (!banner.isEmpty()) {
                drawBanner(g, width, layout.bannerHeight(), banner);
            }
            g.setFont(LINE_FONT);
            g.setColor(colors.text());
            drawText(g, line, PAD, layout.lineTop(), width - 2 * PAD, LINE_HEIGHT);
            for (int i = 0; i < cells.size(); i++) {
                drawCell(g, cells.get(i), theme, colors, layout.cellX(i), layout.cellY(i), layout);
            }
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static void drawBanner(Graphics2D g, int width, int height, String words) {
        g.setPaint(new LinearGradientPaint(0, 0, 24, 24, new float[] {0f, 0.5f, 0.5001f, 1f},
                new Color[] {STRIPES[0], STRIPES[0], STRIPES[1], STRIPES[1]},
                MultipleGradientPaint.CycleMethod.REPEAT));
        g.fillRect(0, 0, width, height);
        g.setColor(RULE);
        g.fillRect(0, height - 3, width, 3);
        g.setFont(BANNER_FONT);
        g.setColor(Color.WHITE);
        drawText(g, words, 12, 0, width - 24, height - 3);
    }

    private static void drawCell(Graphics2D g, Cell cell, ChartTheme theme, JFreeChartBuilder.Colors colors, int x,
                                 int y, Layout layout) {
        g.setFont(TITLE_FONT);
        g.setColor(colors.text());
        drawText(g, cell.title(), x, y, layout.cellWidth(), TITLE_HEIGHT);
        int top = y + TITLE_HEIGHT;
        if (cell.spec() == null) {
            g.setFont(LINE_FONT);
            drawText(g, cell.note(), x, top, layout.cellWidth(), LINE_HEIGHT);
            return;
        }
        Graphics2D chart = (Graphics2D) g.create(x, top, layout.cellWidth(), layout.chartHeight());
        try {
            JFreeChartBuilder.build(cell.spec(), theme, layout.cellWidth(), layout.chartHeight()).draw(chart,
                    new Rectangle2D.Double(0, 0, layout.cellWidth(), layout.chartHeight()),
                    new ChartRenderingInfo(null));
        } finally {
            chart.dispose();
        }
    }

    /** One line, vertically centred in its box, cut with an ellipsis where it would run past {@code maxWidth}. */
    private static void drawText(Graphics2D g, String text, int x, int top, int maxWidth, int boxHeight) {
        FontMetrics m = g.getFontMetrics();
        int baseline = top + (boxHeight - m.getHeight()) / 2 + m.getAscent();
        g.drawString(text.isEmpty() ? text : JFreeChartBuilder.fitted(text, maxWidth, m), x, baseline);
    }
}
