package sitrep.postmortem;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads time zones as people write them in postmortems: abbreviations (PST, EAT, SAST ...) and offsets
 * (UTC-05, GMT+03:00, UTC+1). Abbreviations map to a region so that daylight time can be checked;
 * ambiguous ones get the reading most common in English-language incident reports: CST is US Central,
 * IST is India, BST is British Summer Time.
 */
final class ZoneParser {

    /** A zone found in a text, with where it was written. */
    record Found(ZoneLabel label, int start, int end) {
    }

    private record Abbreviation(String region, ZoneLabel.Claim claim) {
    }

    private static final Map<String, Abbreviation> ABBREVIATIONS = Map.ofEntries(
            Map.entry("PST", new Abbreviation("America/Los_Angeles", ZoneLabel.Claim.STANDARD)),
            Map.entry("PDT", new Abbreviation("America/Los_Angeles", ZoneLabel.Claim.DAYLIGHT)),
            Map.entry("PT", new Abbreviation("America/Los_Angeles", ZoneLabel.Claim.NONE)),
            Map.entry("MST", new Abbreviation("America/Denver", ZoneLabel.Claim.STANDARD)),
            Map.entry("MDT", new Abbreviation("America/Denver", ZoneLabel.Claim.DAYLIGHT)),
            Map.entry("CST", new Abbreviation("America/Chicago", ZoneLabel.Claim.STANDARD)),
            Map.entry("CDT", new Abbreviation("America/Chicago", ZoneLabel.Claim.DAYLIGHT)),
            Map.entry("EST", new Abbreviation("America/New_York", ZoneLabel.Claim.STANDARD)),
            Map.entry("EDT", new Abbreviation("America/New_York", ZoneLabel.Claim.DAYLIGHT)),
            Map.entry("ET", new Abbreviation("America/New_York", ZoneLabel.Claim.NONE)),
            Map.entry("AKST", new Abbreviation("America/Anchorage", ZoneLabel.Claim.STANDARD)),
            Map.entry("AKDT", new Abbreviation("America/Anchorage", ZoneLabel.Claim.DAYLIGHT)),
            Map.entry("HST", new Abbreviation("Pacific/Honolulu", ZoneLabel.Claim.NONE)),
            Map.entry("UTC", new Abbreviation("UTC", ZoneLabel.Claim.NONE)),
            Map.entry("GMT", new Abbreviation("GMT", ZoneLabel.Claim.NONE)),
            Map.entry("BST", new Abbreviation("Europe/London", ZoneLabel.Claim.DAYLIGHT)),
            Map.entry("WET", new Abbreviation("Europe/Lisbon", ZoneLabel.Claim.STANDARD)),
            Map.entry("WEST", new Abbreviation("Europe/Lisbon", ZoneLabel.Claim.DAYLIGHT)),
            Map.entry("CET", new Abbreviation("Europe/Paris", ZoneLabel.Claim.STANDARD)),
            Map.entry("CEST", new Abbreviation("Europe/Paris", ZoneLabel.Claim.DAYLIGHT)),
            Map.entry("EET", new Abbreviation("Europe/Athens", ZoneLabel.Claim.STANDARD)),
            Map.entry("EEST", new Abbreviation("Europe/Athens", ZoneLabel.Claim.DAYLIGHT)),
            Map.entry("MSK", new Abbreviation("Europe/Moscow", ZoneLabel.Claim.NONE)),
            Map.entry("WAT", new Abbreviation("Africa/Lagos", ZoneLabel.Claim.NONE)),
            Map.entry("CAT", new Abbreviation("Africa/Maputo", ZoneLabel.Claim.NONE)),
            Map.entry("SAST", new Abbreviation("Africa/Johannesburg", ZoneLabel.Claim.NONE)),
            Map.entry("EAT", new Abbreviation("Africa/Nairobi", ZoneLabel.Claim.NONE)),
            Map.entry("IST", new Abbreviation("Asia/Kolkata", ZoneLabel.Claim.NONE)),
            Map.entry("SGT", new Abbreviation("Asia/Singapore", ZoneLabel.Claim.NONE)),
            Map.entry("HKT", new Abbreviation("Asia/Hong_Kong", ZoneLabel.Claim.NONE)),
            Map.entry("JST", new Abbreviation("Asia/Tokyo", ZoneLabel.Claim.NONE)),
            Map.entry("KST", new Abbreviation("Asia/Seoul", ZoneLabel.Claim.NONE)),
            Map.entry("AEST", new Abbreviation("Australia/Sydney", ZoneLabel.Claim.STANDARD)),
            Map.entry("AEDT", new Abbreviation("Australia/Sydney", ZoneLabel.Claim.DAYLIGHT)),
            Map.entry("NZST", new Abbreviation("Pacific/Auckland", ZoneLabel.Claim.STANDARD)),
            Map.entry("NZDT", new Abbreviation("Pacific/Auckland", ZoneLabel.Claim.DAYLIGHT)));

    /** Offsets first, so that "UTC+1" is not read as plain "UTC". The minus may be a typographic one. */
    private static final Pattern OFFSET =
            Pattern.compile("\\b(?:UTC|GMT)\\s?([+\\-\u2212])\\s?(\\d{1,2})(?::?(\\d{2}))?(?!\\d)");
    private static final Pattern ABBREVIATION = Pattern.compile("\\b([A-Z]{2,4})\\b");

    private ZoneParser() {
    }

    /** The first zone written in {@code text}, if any. */
    static Optional<Found> find(String text) {
        Matcher offset = OFFSET.matcher(text);
        Optional<Found> byOffset = Optional.empty();
        if (offset.find()) {
            int sign = offset.group(1).equals("+") ? 1 : -1;
            int hours = Integer.parseInt(offset.group(2));
            int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
            if (hours <= 18 && minutes < 60) {
                ZoneOffset zone = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
                byOffset = Optional.of(new Found(new ZoneLabel(offset.group(), zone, ZoneLabel.Claim.NONE),
                        offset.start(), offset.end()));
            }
        }
        Matcher abbr = ABBREVIATION.matcher(text);
        while (abbr.find()) {
            Abbreviation known = ABBREVIATIONS.get(abbr.group(1));
            if (known == null) {
                continue;
            }
            if (byOffset.isPresent() && abbr.start() >= byOffset.get().start()) {
                break;
            }
            return Optional.of(new Found(new ZoneLabel(abbr.group(1), ZoneId.of(known.region()), known.claim()),
                    abbr.start(), abbr.end()));
        }
        return byOffset;
    }

    /** A zone when {@code text} is nothing but a zone (parentheses allowed). */
    static Optional<ZoneLabel> parse(String text) {
        String bare = text.strip().replaceAll("^\\((.*)\\)$", "$1").strip();
        return find(bare).filter(f -> f.start() == 0 && f.end() == bare.length()).map(Found::label);
    }

    /** True for zones of the Americas, whose authors write numeric dates month first. */
    static boolean isAmerican(ZoneLabel label) {
        if (label.zone() instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() <= -3 * 3600 && offset.getTotalSeconds() >= -10 * 3600;
        }
        return label.zone().getId().startsWith("America/") || label.zone().getId().startsWith("Pacific/Hono");
    }
}
