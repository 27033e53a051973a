package sitrep.ui.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.domain.WallClock;

/**
 * A time range typed as Grafana users write it: {@code now-30m}, {@code now-6h to now-1h}, {@code 14:00 to 15:30}
 * (clock times in the incident's zone, on the day of now), {@code 2023-06-10 14:00 to 2023-06-10 17:30}. A range
 * whose two ends are relative to now keeps following now; any other is absolute. Clock times are read by the
 * project's {@link WallClock}, so "2pm" works here as it does in notes.
 */
public record TypedRange(End from, End to) {

    /** One end: so long before now, or an instant. */
    public record End(Duration beforeNow, Instant at) {
        static End now(Duration ago) {
            return new End(ago, null);
        }

        Instant resolve(Instant now) {
            return at != null ? at : now.minus(beforeNow);
        }
    }

    private static final Pattern RELATIVE = Pattern.compile("now(?:\\s*-\\s*(\\d+)\\s*([smhdw]))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:to|until)\\s+|\\s+[\u2013\u2014]\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]",
            Locale.ROOT);
    static final String EXAMPLES = "now-30m, now-6h to now-1h, 14:00 to 15:30, 2023-06-10 14:00 to 2023-06-10 17:30";

    /** True when both ends move with now, like the quick ranges. */
    public boolean followsNow() {
        return from.at() == null && to.at() == null;
    }

    public TimeWindow.Range at(Instant now) {
        return new TimeWindow.Range(from.resolve(now), to.resolve(now));
    }

    /**
     * Reads {@code text}; a lone end means "from then to now".
     *
     * @throws IllegalArgumentException with one line that says what was not understood and shows the forms
     */
    public static TypedRange parse(String text, Instant now, ZoneId zone) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Type a range such as " + EXAMPLES);
        }
        String[] ends = SEPARATOR.split(t, -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException("'" + t + "' has more than two ends; write e.g. " + EXAMPLES);
        }
        End from = end(ends[0], now, zone);
        End to = ends.length == 2 ? end(ends[1], now, zone) : End.now(Duration.ZERO);
        // A clock end before a clock start crosses midnight ("23:00 to 01:00").
        if (from.at() != null && to.at() != null && !to.at().isAfter(from.at()) && ends.length == 2
                && WallClock.whole(ends[1]).isPresent()) {
            to = new End(null, to.at().plus(Duration.ofDays(1)));
        }
        TypedRange range = new TypedRange(from, to);
        if (!range.to.resolve(now).isAfter(range.from.resolve(now))) {
            throw new IllegalArgumentException("The end of '" + t + "' must come after its start.");
        }
        return range;
    }

    static End end(String text, Instant now, ZoneId zone) {
        String s = text.strip();
        Matcher rel = RELATIVE.matcher(s);
        if (rel.matches()) {
            if (rel.group(1) == null) {
                return End.now(Duration.ZERO);
            }
            long n = Long.parseLong(rel.group(1));
            Duration unit = switch (rel.group(2).toLowerCase(Locale.ROOT)) {
                case "s" -> Duration.ofSeconds(1);
                case "m" -> Duration.ofMinutes(1);
                case "h" -> Duration.ofHours(1);
                case "d" -> Duration.ofDays(1);
                default -> Duration.ofDays(7);
            };
            return End.now(unit.multipliedBy(n));
        }
        try {
            return new End(null, LocalDateTime.parse(s, DATE_TIME).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            // not a date and time; perhaps a clock time
        }
        Optional<LocalTime> clock = WallClock.whole(s);
        if (clock.isPresent()) {
            // A clock time later than now is yesterday's: a range picker looks back.
            return new End(null, WallClock.mostRecent(clock.get(), zone, now));
        }
        throw new IllegalArgumentException("'" + s + "' is not a time; write e.g. " + EXAMPLES);
    }
}
