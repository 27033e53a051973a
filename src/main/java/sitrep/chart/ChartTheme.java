package sitrep.chart;

/**
 * The colours a chart is drawn in. A rendering choice, not part of a {@link ChartSpec}: the same fetched
 * data is drawn in either theme, so switching the console's theme redraws and never re-queries.
 */
public enum ChartTheme {
    DARK,
    LIGHT;

    public static ChartTheme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}
