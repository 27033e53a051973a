package sitrep.incident.postmortem.export;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import sitrep.domain.IncidentZone;
import sitrep.domain.TimelineEntry;

/**
 * What a chart of an incident shows: the incident window (shaded), a margin either side so the lead-up
 * and the recovery are visible, the zone its axis is written in, and the timeline entries to mark.
 *
 * @param entries the entries to draw as markers; untimed postmortem entries are left out by the caller
 */
record ChartWindow(Instant start, Instant end, IncidentZone zone, List<TimelineEntry> entries) {

    static final Duration MARGIN = Duration.ofMinutes(30);

    ChartWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        entries = List.copyOf(entries);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("empty chart window: " + start + " .. " + end);
        }
    }

    Instant from() {
        return start.minus(MARGIN);
    }

    Instant to() {
        return end.plus(MARGIN);
    }
}
