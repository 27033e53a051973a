package sitrep.ui.dashboard;

import java.time.Duration;
import java.time.Instant;

/** The dashboard's time window choices; custom and zoomed ranges are absolute instead. */
public enum TimeWindow {
    LAST_15_MINUTES("Last 15 minutes", Duration.ofMinutes(15)),
    LAST_HOUR("Last hour", Duration.ofHours(1)),
    LAST_6_HOURS("Last 6 hours", Duration.ofHours(6)),
    SINCE_INCIDENT_START("Since incident start", null);

    private final String label;
    private final Duration length;

    TimeWindow(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public String label() {
        return label;
    }

    /**
     * The range ending now; since the incident start when there is one (at least five minutes, so a
     * fresh incident still shows its lead-up), else the last hour.
     */
    public Range at(Instant now, Instant incidentStart) {
        if (length != null) {
            return new Range(now.minus(length), now);
        }
        if (incidentStart == null) {
            return new Range(now.minus(Duration.ofHours(1)), now);
        }
        Instant from = incidentStart.minus(Duration.ofMinutes(5));
        return new Range(from.isBefore(now.minus(Duration.ofMinutes(5))) ? from : now.minus(Duration.ofMinutes(5)),
                now);
    }

    /** A time range, start before end. */
    public record Range(Instant from, Instant to) {
        public Range {
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("empty range " + from + " .. " + to);
            }
        }

        public Duration length() {
            return Duration.between(from, to);
        }

        public Range shiftedBy(Duration d) {
            return new Range(from.plus(d), to.plus(d));
        }

        @Override
        public String toString() {
            return from + " .. " + to;
        }
    }
}
