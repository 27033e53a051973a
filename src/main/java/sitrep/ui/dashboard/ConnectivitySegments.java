package sitrep.ui.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.source.TargetChangeTimes;

/**
 * The one place that turns levels over time into connectivity bands ({@link ConnectivityRow.Segment}s):
 * Prometheus' {@code probe_success} and {@code up} series on the dashboard, the console's own polls of each
 * source, and status API components as their levels arrive poll by poll.
 */
public final class ConnectivitySegments {

    private ConnectivitySegments() {
    }

    /** 1 is operational, 0 a major outage, a fraction (several series averaged) partial, NaN unknown. */
    public static HealthLevel level(double value) {
        return Double.isNaN(value) ? HealthLevel.UNKNOWN
                : value >= 1 ? HealthLevel.OPERATIONAL : value <= 0 ? HealthLevel.MAJOR_OUTAGE : HealthLevel.PARTIAL_OUTAGE;
    }

    /** Every sample counts, however far apart (the console's own polls: one sample per poll). */
    public static List<ConnectivityRow.Segment> of(MetricSeries s) {
        return build(s, Long.MAX_VALUE, 0, Long.MIN_VALUE, null);
    }

    /** A range query's bands: no sample for more than two steps is unknown. */
    public static List<ConnectivityRow.Segment> of(MetricSeries s, TimeWindow.Range range, Duration step) {
        return of(s, range, step, null);
    }

    /**
     * A range query's bands, each change at its true instant when {@code times} knows it: a state already
     * there at the window's first sample began when the target really changed, maybe long before the window.
     */
    public static List<ConnectivityRow.Segment> of(MetricSeries s, TimeWindow.Range range, Duration step,
                                                   TargetChangeTimes times) {
        return build(s, 2 * step.toMillis() + 500, step.toMillis(), range.to().toEpochMilli(), times);
    }

    /** Adds the level seen at {@code at} to bands that grow poll by poll, when it differs from the last. */
    public static void append(List<ConnectivityRow.Segment> segments, Instant at, HealthLevel level) {
        if (segments.isEmpty() || segments.get(segments.size() - 1).level() != level) {
            segments.add(new ConnectivityRow.Segment(at, level));
        }
    }

    private static List<ConnectivityRow.Segment> build(MetricSeries s, long gap, long stepMillis, long endMillis,
                                                       TargetChangeTimes times) {
        String key = TargetChangeTimes.key(s.labels());
        List<ConnectivityRow.Segment> out = new ArrayList<>();
        HealthLevel current = null;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < s.size(); i++) {
            long t = s.epochMillis()[i];
            if (previous != Long.MIN_VALUE && t - previous > gap && current != HealthLevel.UNKNOWN) {
                current = HealthLevel.UNKNOWN;
                out.add(new ConnectivityRow.Segment(Instant.ofEpochMilli(previous + stepMillis), current));
            }
            HealthLevel level = level(s.values()[i]);
            if (level == HealthLevel.PARTIAL_OUTAGE) {
                times = null; // a fraction is not a probe's 1 or 0: no single change instant to look for
            }
            if (level != current) {
                Instant at = Instant.ofEpochMilli(t);
                boolean before = false;
                if (times != null && level != HealthLevel.UNKNOWN && current == null) {
                    TargetChangeTimes.Change since = times.since(key, level, at);
                    at = since.at();
                    before = since.atLeast();
                } else if (times != null && level != HealthLevel.UNKNOWN && current != HealthLevel.UNKNOWN) {
                    at = times.changeAt(key, level, Instant.ofEpochMilli(previous), at);
                }
                out.add(new ConnectivityRow.Segment(at, level, before));
                current = level;
            }
            previous = t;
        }
        if (previous != Long.MIN_VALUE && endMillis != Long.MIN_VALUE && endMillis - previous > gap
                && current != HealthLevel.UNKNOWN) {
            out.add(new ConnectivityRow.Segment(Instant.ofEpochMilli(previous + stepMillis), HealthLevel.UNKNOWN));
        }
        return out;
    }
}
