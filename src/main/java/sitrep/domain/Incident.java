package sitrep.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The facts about an incident that are not timeline entries.
 *
 * @param end   null while the incident is open
 * @param roles role name (commander, scribe, ...) to person
 * @param drill true for a practice run, so its postmortem and metrics are never mistaken for a real one
 */
public record Incident(String title, IncidentZone zone, Instant start, Instant end, String severity,
                       Map<String, String> roles, boolean drill) {

    public Incident {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        severity = severity == null ? "" : severity;
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("the incident cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public Incident withTitle(String newTitle) {
        return new Incident(newTitle, zone, start, end, severity, roles, drill);
    }

    public Incident withZone(IncidentZone newZone) {
        return new Incident(title, newZone, start, end, severity, roles, drill);
    }

    public Incident withStart(Instant newStart) {
        return new Incident(title, zone, newStart, end, severity, roles, drill);
    }

    public Incident withEnd(Instant newEnd) {
        return new Incident(title, zone, start, newEnd, severity, roles, drill);
    }

    public Incident withSeverity(String newSeverity) {
        return new Incident(title, zone, start, end, newSeverity, roles, drill);
    }

    public Incident withRoles(Map<String, String> newRoles) {
        return new Incident(title, zone, start, end, severity, newRoles, drill);
    }
}
