package sitrep.chart;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything one chart frame shows, as plain immutable data, so that it can be rendered off the FX thread.
 * The colours are not part of it: the theme is chosen when rendering ({@link ChartTheme}).
 *
 * @param fromMillis left edge of the x axis (epoch ms)
 * @param toMillis right edge of the x axis
 * @param incidentFrom start of the shaded incident window, or {@code Long.MIN_VALUE} for none
 * @param incidentTo end of the shaded window (the incident's end, or now while it is open)
 * @param staleNote empty when the data is fresh; otherwise the sentence drawn over greyed series
 * @param zone the incident's zone: axis times are wall-clock times there
 */
public record ChartSpec(String title, String unit, YAxisMode yAxisMode, List<SeriesDataset.Series> series,
                        List<Threshold> thresholds, List<TimelineMarker> markers, long fromMillis, long toMillis,
                        long incidentFrom, long incidentTo, String staleNote, ZoneId zone) {

    public ChartSpec {
        Objects.requireNonNull(title);
        Objects.requireNonNull(zone);
        unit = unit == null ? "" : unit;
        yAxisMode = yAxisMode == null ? YAxisMode.AUTO : yAxisMode;
        series = List.copyOf(series);
        thresholds = List.copyOf(thresholds);
        markers = List.copyOf(markers);
        staleNote = staleNote == null ? "" : staleNote;
        if (toMillis <= fromMillis) {
            throw new IllegalArgumentException("empty time range: " + fromMillis + " .. " + toMillis);
        }
    }

    /** True when at least one series has a point to draw. */
    public boolean hasPoints() {
        return series.stream().anyMatch(s -> s.points().size() > 0);
    }

    public boolean hasIncidentWindow() {
        return incidentFrom != Long.MIN_VALUE;
    }

    public boolean stale() {
        return !staleNote.isEmpty();
    }

    /** How the y axis is scaled. */
    public enum YAxisMode {
        /** Fit the data, not necessarily from zero. */
        AUTO,
        /** Fit the data but always include zero: rates and latencies. */
        FROM_ZERO,
        /** A ratio shown as percent, from zero to the data: error ratios, probe success, saturation. */
        RATIO,
        /** Logarithmic: latencies that span orders of magnitude. */
        LOG
    }

    /** A band on the y axis, drawn behind the series: [from, to] in the panel's unit. */
    public record Threshold(double from, double to, Level level) {
        /** The upper end of a band that goes on for ever ("critical from 1 s up"). */
        public static final double OPEN = 1e12;

        public enum Level { WARNING, CRITICAL }
    }
}
