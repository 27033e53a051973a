package sitrep.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's one reader of wall-clock times as people write them: {@code 14:05}, {@code 14:05:30},
 * {@code 2:05pm}, {@code 2:00 PM}, {@code 2 pm}, {@code 5:30p.m.}, and {@code 14h03} where a time is expected. A
 * bare number is a time only with am/pm, so "3 pods restarted", "2 engineers" or "80%" never are. The quick entry, the postmortem importer, the
 * scenario reader, the dashboard's typed range and {@code --drill-from} all read clock times here, so a
 * form that works in one place works in all; each caller only decides which day a time falls on.
 */
public final class WallClock {

    /**
     * A clock time as written at {@code [start, end)} of the text. The numbers are as written (an hour of 2
     * with "pm" stays 2); {@link #time()} is the 24-hour reading. {@code meridiem} is "am" or "pm" when the
     * author wrote one.
     */
    public record Reading(int hour, int minute, int second, boolean minutesWritten, Optional<String> meridiem,
                          int start, int end) {

        /** Whether the numbers make a time of day: hour 0 to 23 (1 to 12 with am/pm), minutes and seconds 0 to 59. */
        public boolean valid() {
            boolean hourOk = meridiem.isPresent() ? hour >= 1 && hour <= 12 : hour <= 23;
            return hourOk && minute <= 59 && second <= 59;
        }

        /** The 24-hour time; only for a {@link #valid()} reading. */
        public LocalTime time() {
            return LocalTime.of(meridiem.map(m -> to24(hour, m)).orElse(hour), minute, second);
        }

        /** The same clock reading with the given am/pm applied (when the author wrote it only once in a range). */
        public LocalTime withMeridiem(String m) {
            return LocalTime.of(to24(hour, m), minute, second);
        }

        /**
         * The time, or a one-line reason quoting {@code written} for a person who typed an impossible one.
         *
         * @throws IllegalArgumentException "'13pm' is not a time: with am/pm the hour is 1 to 12", "'25:00'
         *                                  is not a time of day"
         */
        public LocalTime timeOrExplain(String written) {
            if (meridiem.isPresent() && (hour < 1 || hour > 12)) {
                throw new IllegalArgumentException("'" + written + "' is not a time: with am/pm the hour is 1 to 12");
            }
            if (!valid()) {
                throw new IllegalArgumentException("'" + written + "' is not a time of day");
            }
            return time();
        }

        private boolean looksLikeTime() {
            return minutesWritten || meridiem.isPresent();
        }
    }

    private static final String NUMBERS = "(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?)?";
    private static final String NUMBERS_OR_H = "(\\d{1,2})(?:(?::|h(?=\\d{2}))(\\d{2})(?::(\\d{2}))?)?";
    private static final String MERIDIEM = "(?:\\s*([aApP])\\.?\\s?[mM]\\.?(?![A-Za-z]))?";

    /**
     * A time inside running text: not part of a longer number, a version ("v1.2"), a date ("10/06"), a
     * percentage, or a UTC offset ("UTC-8").
     */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?:(?<![\\w:./+\u2212])|(?<=\\d{2}T))(?<!(?:UTC|GMT)\\s?-)" + NUMBERS + MERIDIEM + "(?![\\d/%])");

    /**
     * A time where one is expected (opening an item or a typed line), which may also be written "14h03", as in
     * French and much of Europe; in running text "2h30" is as often a duration, so {@link #IN_TEXT} leaves it.
     */
    private static final Pattern EXPECTED = Pattern.compile(
            "(?:(?<![\\w:./+\u2212])|(?<=\\d{2}T))" + NUMBERS_OR_H + MERIDIEM + "(?![\\d/%])");

    /** A time opening a line, ended by a space, colon, comma or dash (all skipped) or the end of the line. */
    private static final Pattern LEADING = Pattern.compile("^" + NUMBERS + MERIDIEM + "(?=[\\s:,-]|$)[\\s:,-]*");

    private WallClock() {
    }

    /** Every valid time in free text, in order (the postmortem importer reads timelines this way). */
    public static List<Reading> findAll(String text) {
        return every(IN_TEXT, text);
    }

    /**
     * Every valid time in text that is about times, "14h03" included ({@link #findAll} leaves that form, as running
     * text's "2h30" is as often a duration): a postmortem's duration line, "14h03 - 16h20 (CET)".
     */
    public static List<Reading> findAllWhereExpected(String text) {
        return every(EXPECTED, text);
    }

    private static List<Reading> every(Pattern times, String text) {
        List<Reading> found = new ArrayList<>();
        Matcher m = times.matcher(text);
        while (m.find()) {
            reading(m, m.end()).filter(Reading::valid).ifPresent(found::add);
        }
        return found;
    }

    /** A valid time starting exactly at {@code from}, if one does ("14h03" too). */
    public static Optional<Reading> at(String text, int from) {
        Matcher m = EXPECTED.matcher(text);
        m.region(from, text.length());
        m.useTransparentBounds(true);
        return m.lookingAt() ? reading(m, m.end()).filter(Reading::valid) : Optional.empty();
    }

    /** The time when the whole of {@code text} is one ("14:05", "2:05pm", " 9:30 "). */
    public static Optional<LocalTime> whole(String text) {
        String t = text.strip();
        return at(t, 0).filter(r -> r.end() == t.length()).map(Reading::time);
    }

    /**
     * The time that opens a typed line, valid or not, so the caller can explain an impossible one. Its
     * {@code end} lies past the separators that follow it, where the rest of the line starts.
     */
    public static Optional<Reading> leading(String line) {
        Matcher m = LEADING.matcher(line);
        return m.find() ? reading(m, m.end()) : Optional.empty();
    }

    /** The latest instant showing {@code time} on the clock in {@code zone} that is not after {@code now}. */
    public static Instant mostRecent(LocalTime time, ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int back = 0; back <= 2; back++) {
            Instant candidate = ZonedDateTime.of(today.minusDays(back), time, zone).toInstant();
            if (!candidate.isAfter(now)) {
                return candidate;
            }
        }
        return ZonedDateTime.of(today.minusDays(1), time, zone).toInstant();
    }

    /** The instant showing {@code time} in {@code zone} closest to {@code anchor} (the day before, of or after). */
    public static Instant nearest(LocalTime time, ZoneId zone, Instant anchor) {
        LocalDate day = anchor.atZone(zone).toLocalDate();
        Instant best = null;
        for (int d = -1; d <= 1; d++) {
            Instant c = ZonedDateTime.of(day.plusDays(d), time, zone).toInstant();
            if (best == null || Math.abs(c.getEpochSecond() - anchor.getEpochSecond())
                    < Math.abs(best.getEpochSecond() - anchor.getEpochSecond())) {
                best = c;
            }
        }
        return best;
    }

    /** The first instant at or after {@code from} showing {@code time} in {@code zone} (its day or the next). */
    public static Instant atOrAfter(LocalTime time, ZoneId zone, Instant from) {
        ZonedDateTime at = from.atZone(zone).with(time);
        return at.toInstant().isBefore(from) ? at.plusDays(1).toInstant() : at.toInstant();
    }

    static int to24(int hour12, String meridiem) {
        if (hour12 > 12) {
            return hour12;
        }
        int base = hour12 % 12;
        return meridiem.equals("pm") ? base + 12 : base;
    }

    private static Optional<Reading> reading(Matcher m, int end) {
        int hour = Integer.parseInt(m.group(1));
        boolean minutesWritten = m.group(2) != null;
        int minute = minutesWritten ? Integer.parseInt(m.group(2)) : 0;
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        Optional<String> meridiem = Optional.ofNullable(m.group(4))
                .map(c -> c.toLowerCase(Locale.ROOT).equals("a") ? "am" : "pm");
        Reading r = new Reading(hour, minute, second, minutesWritten, meridiem, m.start(), end);
        return r.looksLikeTime() ? Optional.of(r) : Optional.empty();
    }
}
