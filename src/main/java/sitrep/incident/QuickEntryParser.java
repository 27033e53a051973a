package sitrep.incident;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.domain.EntryKind;
import sitrep.domain.WallClock;

/**
 * Reads the quick-entry line: an optional leading wall-clock time ({@code 14:05}, {@code 14:05:30},
 * {@code 2:05pm}, {@code 2:05 pm}, {@code 2pm}, read by {@link WallClock}), the text, and {@code #tags} naming the kind ({@code TODO:}
 * at the start of the text is a {@code #followup}). A time
 * without a date means the most recent such moment in the incident zone that is not in the future, so a
 * note typed at 00:03 about "23:58" lands on the previous day.
 */
public final class QuickEntryParser {

    /** What a quick-entry line says. {@code timeGiven} is false when the event time is "now". */
    public record ParsedEntry(Instant eventTime, EntryKind kind, String text, boolean timeGiven) {
    }

    private static final Pattern TAG = Pattern.compile("(?<=^|\\s)#([\\w-]+)(?=\\s|$)");
    private static final Pattern TODO = Pattern.compile("^TODO:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL_DATE_TIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}:\\d{2}(?::\\d{2})?)");

    private QuickEntryParser() {
    }

    /**
     * @throws IllegalArgumentException when the line has no text, or starts with an impossible time
     */
    public static ParsedEntry parse(String line, ZoneId zone, Instant now) {
        String rest = line == null ? "" : line.strip();
        Instant event = now.truncatedTo(ChronoUnit.SECONDS);
        boolean timeGiven = false;
        // A bare number ("3 pods restarted") is text: WallClock reads a time only with minutes or am/pm.
        Optional<WallClock.Reading> leading = WallClock.leading(rest);
        if (leading.isPresent()) {
            String written = rest.substring(0, leading.get().end()).strip();
            event = WallClock.mostRecent(leading.get().timeOrExplain(written), zone, now);
            timeGiven = true;
            rest = rest.substring(leading.get().end());
        }
        EntryKind kind = EntryKind.NOTE;
        boolean kindGiven = false;
        Matcher todo = TODO.matcher(rest);
        if (todo.find()) {
            // "TODO: ..." at the start is the quick way to write a #followup.
            kind = EntryKind.FOLLOWUP;
            kindGiven = true;
            rest = rest.substring(todo.end());
        }
        StringBuilder text = new StringBuilder();
        Matcher t = TAG.matcher(rest);
        int last = 0;
        while (t.find()) {
            Optional<EntryKind> k = EntryKind.fromTag(t.group(1));
            if (k.isPresent()) {
                text.append(rest, last, t.start());
                last = t.end();
                if (!kindGiven) {
                    kind = k.get();
                    kindGiven = true;
                }
            }
        }
        text.append(rest.substring(last));
        String clean = text.toString().replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("the note has no text");
        }
        return new ParsedEntry(event, kind, clean, timeGiven);
    }

    /**
     * Reads a time given on its own (the {@code --at} option, an inline time edit): an ISO instant or
     * offset date-time, a local date-time in {@code zone} ({@code 2026-06-10 14:05}), or a time of day,
     * which resolves near {@code anchor} when one is given and to the most recent past one otherwise.
     *
     * @throws IllegalArgumentException quoting the text when it is none of those
     */
    public static Instant parseTime(String text, ZoneId zone, Instant now, Instant anchor) {
        String s = text == null ? "" : text.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notOffset) {
            Matcher local = LOCAL_DATE_TIME.matcher(s);
            if (local.matches()) {
                try {
                    return LocalDateTime.parse(local.group(1) + "T" + pad(local.group(2))).atZone(zone).toInstant();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + s + "' is not a valid date and time");
                }
            }
        }
        Optional<WallClock.Reading> clock = WallClock.leading(s).filter(r -> r.end() == s.length());
        if (clock.isPresent()) {
            LocalTime t = clock.get().timeOrExplain(s);
            return anchor == null ? WallClock.mostRecent(t, zone, now) : WallClock.nearest(t, zone, anchor);
        }
        throw new IllegalArgumentException("'" + s + "' is not a time: write 14:05, 14:05:30, 2:05pm,"
                + " 2026-06-10 14:05 or 2026-06-10T14:05:00-08:00");
    }

    private static String pad(String time) {
        String t = time.length() == 4 || time.indexOf(':') == 1 ? "0" + time : time;
        return t.toLowerCase(Locale.ROOT);
    }
}
