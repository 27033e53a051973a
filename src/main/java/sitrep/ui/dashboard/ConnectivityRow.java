package sitrep.ui.dashboard;

import java.time.Instant;
import java.util.List;
import sitrep.domain.HealthLevel;

/**
 * One target's or component's level over time, as bands: each segment lasts from its start to the next
 * one's (the last to the end of the range).
 */
public record ConnectivityRow(String name, String origin, List<Segment> segments) {

    public ConnectivityRow {
        segments = List.copyOf(segments);
    }

    /** A level from a moment on. */
    public record Segment(Instant from, HealthLevel level) {
    }

    /** The level at {@code t}, or UNKNOWN before the first segment. */
    public HealthLevel levelAt(Instant t) {
        HealthLevel level = HealthLevel.UNKNOWN;
        for (Segment s : segments) {
            if (s.from().isAfter(t)) {
                break;
            }
            level = s.level();
        }
        return level;
    }

    /** The last segment's level: what the row says now. */
    public HealthLevel current() {
        return segments.isEmpty() ? HealthLevel.UNKNOWN : segments.get(segments.size() - 1).level();
    }
}
