package sitrep.postmortem;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds wall-clock times in free text: "14:00", "2:05pm", "2:00 PM", "2 pm", "5:30p.m.". A bare number
 * counts only with am/pm, so "2 engineers" or "80%" are never times.
 */
public final class ClockTimeParser {

    /** A time as written; {@code meridiem} is "am"/"pm" when the author wrote one. */
    record Found(LocalTime time, Optional<String> meridiem, int hour, int minute, int start, int end) {

        /** The same clock reading with the given am/pm applied (the author wrote it only once). */
        LocalTime withMeridiem(String m) {
            return LocalTime.of(to24(hour, m), minute);
        }
    }

    private static final Pattern TIME = Pattern.compile(
            "(?<![\\w:./+\u2212])(?<!(?:UTC|GMT)\\s?-)(\\d{1,2})(?::([0-5]\\d))?(?::[0-5]\\d)?(?:\\s?([aApP])\\.?\\s?[mM]\\.?(?![A-Za-z]))?"
                    + "(?![\\d/%])");

    private ClockTimeParser() {
    }

    static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            toFound(m).ifPresent(found::add);
        }
        return found;
    }

    /** The time when the whole of {@code text} is one ("14:05", "2:05pm"), as a time range picker reads an end. */
    public static Optional<LocalTime> whole(String text) {
        String t = text.strip();
        return at(t, 0).filter(f -> f.end() == t.length()).map(Found::time);
    }

    /** A time starting exactly at {@code from}, if one does. */
    static Optional<Found> at(String text, int from) {
        Matcher m = TIME.matcher(text);
        m.region(from, text.length());
        m.useTransparentBounds(true);
        return m.lookingAt() ? toFound(m) : Optional.empty();
    }

    private static Optional<Found> toFound(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        boolean hasMinutes = m.group(2) != null;
        int minute = hasMinutes ? Integer.parseInt(m.group(2)) : 0;
        Optional<String> meridiem = Optional.ofNullable(m.group(3))
                .map(c -> c.toLowerCase(Locale.ROOT).equals("a") ? "am" : "pm");
        if (!hasMinutes && meridiem.isEmpty()) {
            return Optional.empty();
        }
        if (meridiem.isPresent() ? hour < 1 || hour > 12 : hour > 23) {
            return Optional.empty();
        }
        int h24 = meridiem.map(mer -> to24(hour, mer)).orElse(hour);
        return Optional.of(new Found(LocalTime.of(h24, minute), meridiem, hour, minute, m.start(), m.end()));
    }

    static int to24(int hour12, String meridiem) {
        if (hour12 > 12) {
            return hour12;
        }
        int base = hour12 % 12;
        return meridiem.equals("pm") ? base + 12 : base;
    }
}
