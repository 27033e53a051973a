package sitrep.postmortem;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A time zone as the author wrote it ("PST", "UTC-05", "GMT+03:00") plus the zone it stands for.
 * The written text is kept because a round trip must reproduce it, even when it is wrong for the date
 * (PST in June): {@link #claim()} records what the label asserts so a check can warn about it.
 */
public record ZoneLabel(String text, ZoneId zone, Claim claim) {

    /** Whether the label itself names standard or daylight time (PST vs PDT), or neither (UTC, EAT, PT). */
    public enum Claim { STANDARD, DAYLIGHT, NONE }

    public ZoneLabel {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(claim, "claim");
    }

    /** A label for a zone with no claim about daylight time, shown as its id (e.g. "UTC"). */
    public static ZoneLabel of(ZoneId zone) {
        return new ZoneLabel(zone.getId(), zone, Claim.NONE);
    }

    /**
     * The zone a label alone stands for, as a postmortem author means it: "PST" is Los Angeles on standard
     * time, so a June date written in PST can be flagged. Empty when the text is not a known zone.
     */
    public static Optional<ZoneLabel> parse(String text) {
        return ZoneParser.parse(text);
    }

    /**
     * True when the label names standard time but the zone is on daylight time at that wall-clock time,
     * or the other way round (PST on June 10 in Los Angeles).
     */
    public boolean contradictsDaylightAt(LocalDateTime when) {
        if (claim == Claim.NONE) {
            return false;
        }
        boolean dst = zone.getRules().isDaylightSavings(when.atZone(zone).toInstant());
        return dst != (claim == Claim.DAYLIGHT);
    }
}
