package sitrep.ui.timeline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import sitrep.domain.IncidentZone;
import sitrep.domain.TimeFormats;

/** How times read in the table: wall clock in the incident zone, the date only when it is needed. */
record RowFormat(IncidentZone zone, boolean withDate) {

    private static final DateTimeFormatter TIME = TimeFormats.CLOCK;
    private static final DateTimeFormatter DATE_TIME = TimeFormats.DATE_TIME;

    String time(Instant t) {
        return (withDate ? DATE_TIME : TIME).format(t.atZone(zone.zoneId()));
    }

    static String utc(Instant t) {
        // From the epoch second, not t.atOffset(UTC): an offset's rules are made anew on every call.
        return DATE_TIME.format(LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC)) + " UTC";
    }

    /** True when the two moments fall on different dates in the zone. */
    boolean crossesMidnight(Instant first, Instant last) {
        return !first.atZone(zone.zoneId()).toLocalDate().equals(last.atZone(zone.zoneId()).toLocalDate());
    }
}
