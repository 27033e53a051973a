package sitrep.postmortem;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.domain.WallClock;

/**
 * Reads a start-end time range as people write it in a Duration line: "14:00 - 17:30 (PST)",
 * "2:00-5:30pm PST", "2pm to 5:30 pm EAT", "from 9:10 until 10:40". When am/pm is written only once
 * it applies to both ends, unless that would put the start after the end ("11-2pm" is 11:00-14:00).
 * A zone written once, anywhere in the text, applies to both ends.
 */
final class TimeRangeParser {

    /** A range as read; {@code end} is empty when only a start time is written. */
    record Range(LocalTime start, Optional<LocalTime> end, Optional<ZoneLabel> zone, int from, int to) {
    }

    /** What may stand between the two times, after an optional zone on the first one. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "[\\s,]*(?:\\(?[A-Z]{2,4}\\)?|\\(?(?:UTC|GMT)[+\\-\u2212]\\d{1,2}(?::?\\d{2})?\\)?)?"
                    + "[\\s,]*(?:-|\u2013|\u2014|to|until|till|through|and)[\\s,]*",
            Pattern.CASE_INSENSITIVE);

    /** "11 - 2pm": a bare hour is a time only as the start of a range whose end says am or pm. */
    private static final Pattern BARE_HOUR_START = Pattern.compile(
            "(?<![\\d:/.])(\\d{1,2})\\s*(?:-|\u2013|\u2014|to|until|till)\\s*$", Pattern.CASE_INSENSITIVE);

    private TimeRangeParser() {
    }

    /** The first time range (or lone time) in {@code text}. */
    static Optional<Range> find(String text) {
        List<WallClock.Reading> times = WallClock.findAll(text);
        if (times.isEmpty()) {
            // "14h03 - 16h20": two such readings make a range; one alone ("2h30") is more likely a length.
            List<WallClock.Reading> withH = WallClock.findAllWhereExpected(text);
            if (withH.size() < 2) {
                return Optional.empty();
            }
            times = withH;
        }
        Optional<ZoneLabel> zone = ZoneParser.find(text).map(ZoneParser.Found::label);
        WallClock.Reading first = times.get(0);
        Matcher bareHour = BARE_HOUR_START.matcher(text.substring(0, first.start()));
        if (first.meridiem().isPresent() && bareHour.find()) {
            int hour = Integer.parseInt(bareHour.group(1));
            if (hour >= 1 && hour <= 12) {
                WallClock.Reading start = new WallClock.Reading(hour, 0, 0, false,
                        Optional.empty(), bareHour.start(1), bareHour.end(1));
                LocalTime[] ends = applyMeridiemOnce(start, first);
                return Optional.of(new Range(ends[0], Optional.of(ends[1]), zone, start.start(), first.end()));
            }
        }
        if (times.size() > 1) {
            WallClock.Reading second = times.get(1);
            Matcher between = SEPARATOR.matcher(text);
            between.region(first.end(), second.start());
            if (between.matches()) {
                LocalTime[] ends = applyMeridiemOnce(first, second);
                return Optional.of(new Range(ends[0], Optional.of(ends[1]), zone, first.start(), second.end()));
            }
        }
        return Optional.of(new Range(first.time(), Optional.empty(), zone, first.start(), first.end()));
    }

    private static LocalTime[] applyMeridiemOnce(WallClock.Reading a, WallClock.Reading b) {
        LocalTime start = a.time();
        LocalTime end = b.time();
        if (a.meridiem().isEmpty() && b.meridiem().isPresent() && a.hour() <= 12) {
            String m = b.meridiem().get();
            start = a.withMeridiem(m);
            if (start.isAfter(end)) {
                start = a.withMeridiem(m.equals("pm") ? "am" : "pm");
            }
        } else if (b.meridiem().isEmpty() && a.meridiem().isPresent() && b.hour() <= 12) {
            String m = a.meridiem().get();
            end = b.withMeridiem(m);
            if (end.isBefore(start)) {
                end = b.withMeridiem(m.equals("pm") ? "am" : "pm");
            }
        }
        return new LocalTime[] {start, end};
    }
}
