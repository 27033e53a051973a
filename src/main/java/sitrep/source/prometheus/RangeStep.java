package sitrep.source.prometheus;

import java.time.Duration;
import java.time.Instant;

/**
 * Picks a query_range step. Prometheus rejects a range of more than 11,000 steps; the step is widened so
 * that no series exceeds 11,000 points, counting both ends of the range.
 */
public final class RangeStep {

    public static final int MAX_POINTS = 11_000;

    private RangeStep() {
    }

    /** The wanted step, or the smallest whole-millisecond step that keeps every series within the limit. */
    public static Duration choose(Instant start, Instant end, Duration wanted) {
        long rangeMs = Math.max(0, Duration.between(start, end).toMillis());
        long minStepMs = Math.max(1, ceilDiv(rangeMs, MAX_POINTS - 1));
        return Duration.ofMillis(Math.max(wanted.toMillis(), minStepMs));
    }

    /** Points a series can have for this range and step: both ends included. */
    public static long points(Instant start, Instant end, Duration step) {
        return Duration.between(start, end).toMillis() / step.toMillis() + 1;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
