package sitrep.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zone an incident's wall-clock times are written in: an IANA region ({@code Europe/Berlin}), or a
 * fixed offset with the label its author wrote ({@code PST} as UTC-08:00, {@code UTC-05}). The label is
 * kept because postmortems quote it: an author who wrote "PST" for a June date meant UTC-08:00 and
 * wants to read "PST" back, not "America/Los_Angeles".
 *
 * @param zoneId what times are converted with
 * @param label  what the author wrote, and what {@link #parse} reads back to an equal value
 */
public record IncidentZone(ZoneId zoneId, String label) {

    /**
     * Common abbreviations as fixed offsets. Ambiguous ones take their most common reading among
     * responders writing English postmortems: CST is US Central, IST is India, BST is British Summer Time.
     */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", "Z"), Map.entry("GMT", "Z"), Map.entry("Z", "Z"), Map.entry("WET", "Z"),
            Map.entry("HST", "-10:00"), Map.entry("AKST", "-09:00"), Map.entry("AKDT", "-08:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"),
            Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"),
            Map.entry("NST", "-03:30"), Map.entry("BRT", "-03:00"), Map.entry("ART", "-03:00"),
            Map.entry("WEST", "+01:00"), Map.entry("BST", "+01:00"), Map.entry("WAT", "+01:00"),
            Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("CAT", "+02:00"),
            Map.entry("SAST", "+02:00"), Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"),
            Map.entry("EAT", "+03:00"), Map.entry("MSK", "+03:00"), Map.entry("GST", "+04:00"),
            Map.entry("PKT", "+05:00"), Map.entry("IST", "+05:30"), Map.entry("ICT", "+07:00"),
            Map.entry("WIB", "+07:00"), Map.entry("SGT", "+08:00"), Map.entry("HKT", "+08:00"),
            Map.entry("AWST", "+08:00"), Map.entry("JST", "+09:00"), Map.entry("KST", "+09:00"),
            Map.entry("ACST", "+09:30"), Map.entry("ACDT", "+10:30"), Map.entry("AEST", "+10:00"),
            Map.entry("AEDT", "+11:00"), Map.entry("NZST", "+12:00"), Map.entry("NZDT", "+13:00"));

    /** UTC-05, UTC+5:30, GMT+03:00, +0200, -08:00. */
    private static final Pattern OFFSET =
            Pattern.compile("(?:UTC|GMT)?\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);

    public IncidentZone {
        Objects.requireNonNull(zoneId, "zoneId");
        if (label == null || label.isBlank()) {
            label = zoneId.getId();
        }
    }

    public static IncidentZone of(ZoneId zone) {
        return new IncidentZone(zone, zone.getId());
    }

    /**
     * Reads a zone as a person writes it.
     *
     * @throws IllegalArgumentException naming the text and showing the accepted forms
     */
    public static IncidentZone parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a time zone is required, e.g. Europe/Berlin, UTC-05:00 or PST");
        }
        String t = text.strip();
        String abbreviation = ABBREVIATIONS.get(t.toUpperCase(Locale.ROOT));
        if (abbreviation != null) {
            return new IncidentZone(ZoneOffset.of(abbreviation), t.toUpperCase(Locale.ROOT));
        }
        Matcher m = OFFSET.matcher(t);
        if (m.matches()) {
            return new IncidentZone(offset(t, m), t);
        }
        for (String id : ZoneId.getAvailableZoneIds()) {
            // Region ids only: the legacy three-letter ids in the JDK's table mean other things than people expect.
            if (id.contains("/") && id.equalsIgnoreCase(t)) {
                return new IncidentZone(ZoneId.of(id), id);
            }
        }
        throw unknown(t);
    }

    private static ZoneOffset offset(String text, Matcher m) {
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int sign = m.group(1).equals("-") ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid UTC offset: offsets run from"
                    + " UTC-18:00 to UTC+18:00");
        }
    }

    private static IllegalArgumentException unknown(String text) {
        return new IllegalArgumentException("unknown time zone '" + text + "': use an IANA zone such as"
                + " Europe/Berlin or America/Los_Angeles, an offset such as UTC-05:00, or a common"
                + " abbreviation such as PST or EAT");
    }

    /** True for a fixed offset (an abbreviation or UTC±hh:mm), which never changes with daylight saving. */
    public boolean isFixedOffset() {
        return zoneId instanceof ZoneOffset;
    }

    @Override
    public String toString() {
        return label;
    }
}
