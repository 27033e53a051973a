package sitrep.postmortem;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When the incident happened, as wall-clock times in its zone. Either end may be unknown (an imported
 * postmortem without an end time); the zone label is kept as written.
 */
public record IncidentWindow(Optional<LocalDateTime> start, Optional<LocalDateTime> end, Optional<ZoneLabel> zone) {

    public IncidentWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
    }

    public static IncidentWindow unknown() {
        return new IncidentWindow(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static IncidentWindow of(LocalDateTime start, LocalDateTime end, ZoneLabel zone) {
        return new IncidentWindow(Optional.of(start), Optional.ofNullable(end), Optional.ofNullable(zone));
    }

    /** True when start and end fall on different dates: the exports then name both dates. */
    public boolean spansDays() {
        return start.isPresent() && end.isPresent() && !start.get().toLocalDate().equals(end.get().toLocalDate());
    }
}
