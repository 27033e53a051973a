package sitrep.chart;

/**
 * One rendered chart: premultiplied ARGB pixels plus what the FX side needs to map the mouse back to
 * data without touching JFreeChart (which lives on the render thread).
 *
 * @param plotX left of the data area in pixels
 * @param plotWidth width of the data area in pixels
 * @param theme the colours it was drawn in
 */
public record RenderedFrame(int[] argbPre, int width, int height, double plotX, double plotY, double plotWidth,
                            double plotHeight, ChartSpec spec, ChartTheme theme) {

    /** The time under pixel column {@code x}, clamped to the axis range. */
    public long timeAt(double x) {
        double f = Math.max(0, Math.min(1, (x - plotX) / plotWidth));
        return spec.fromMillis() + Math.round(f * (spec.toMillis() - spec.fromMillis()));
    }

    public boolean insidePlot(double x, double y) {
        return x >= plotX && x <= plotX + plotWidth && y >= plotY && y <= plotY + plotHeight;
    }
}
