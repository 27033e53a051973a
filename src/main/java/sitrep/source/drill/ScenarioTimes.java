package sitrep.source.drill;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import sitrep.domain.IncidentZone;
import sitrep.domain.WallClock;
import sitrep.json.JsonNode;

/**
 * A scenario's zone, start and end, and every other time in it read against them: an ISO-8601 instant with
 * an offset, or "HH:mm[:ss]" in the zone on the start's date (the day after when earlier), inside [start, end].
 */
final class ScenarioTimes {

    private final IncidentZone zone;
    private final Instant start;
    /** Equal to {@link #start} while the end itself is read: then only times before the start are refused. */
    private Instant end;

    private ScenarioTimes(IncidentZone zone, Instant start) {
        this.zone = zone;
        this.start = start;
        this.end = start;
    }

    /** Reads the scenario's "zone", "start" and "end", in that order, each refused with the field's path. */
    static ScenarioTimes read(JsonNode root) throws ScenarioException {
        JsonNode zoneNode = root.field("zone");
        IncidentZone zone;
        try {
            zone = IncidentZone.parse(zoneNode.string());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw zoneNode.error(e.getMessage());
        }
        ScenarioTimes times = new ScenarioTimes(zone, startInstant(root.field("start"), zone));
        times.end = times.time(root.field("end"));
        if (!times.end.isAfter(times.start)) {
            throw root.field("end").error("the end must be after the start");
        }
        return times;
    }

    IncidentZone zone() {
        return zone;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    private static Instant startInstant(JsonNode n, IncidentZone zone) throws ScenarioException {
        String text = n.string();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone.zoneId()).toInstant();
            } catch (DateTimeParseException e) {
                throw n.error("expected a date and time like 2023-06-10T14:00:00-08:00 or 2023-06-10T14:00, not \""
                        + text + "\"");
            }
        }
    }

    /** A time inside [start, end]: "HH:mm[:ss]" on the start's date (or the day after), or ISO-8601. */
    Instant time(JsonNode n) throws ScenarioException {
        String text = n.string();
        Instant t;
        Optional<LocalTime> clock = WallClock.whole(text);
        try {
            t = clock.isPresent() ? WallClock.atOrAfter(clock.get(), zone.zoneId(), start)
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw n.error("expected a time like \"14:05\", \"14:05:30\" or 2023-06-10T14:05:00-08:00, not \"" + text
                    + "\"");
        }
        if (t.isBefore(start) || (end.isAfter(start) && t.isAfter(end))) {
            throw n.error("\"" + text + "\" is out of range: it must lie between the scenario's start "
                    + local(start) + " and end " + local(end));
        }
        return t;
    }

    private String local(Instant t) {
        return t.atZone(zone.zoneId()).toLocalDateTime() + " " + zone.label();
    }
}
