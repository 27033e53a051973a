package sitrep.incident.command;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the marks of a follow-up typed in the quick entry: {@code @name} the owner, a date the due date
 * ({@code 2023-06-30}, {@code June 30}, {@code 30 Jun}, {@code today}, {@code tomorrow}), {@code !high} or
 * {@code !p1} the priority. The marks leave the text, so what remains is the item's summary.
 */
public final class FollowupText {

    /** The summary and the marks found, as entry evidence (see {@link CommandEntries}). */
    public record Parsed(String text, Map<String, String> marks) {
    }

    private static final Pattern OWNER = Pattern.compile("(?<=^|\\s)@([\\p{L}\\p{N}._-]+)(?=\\s|$|[,;])");
    private static final Pattern PRIORITY = Pattern.compile("(?<=^|\\s)!(\\w+)(?=\\s|$|[,;])");
    private static final Pattern ISO_DATE = Pattern.compile("(?<=^|\\s)(?:due:?\\s*)?(\\d{4}-\\d{2}-\\d{2})(?=\\s|$|[,;.])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<=^|\\s)(?:due:?\\s*)?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}"
            + "|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?=\\s|$|[,;.])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile("(?<=^|\\s)(?:due:?\\s*)?(today|tomorrow)(?=\\s|$|[,;.])",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter MONTH_FIRST = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM d").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FULL_FIRST = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM d").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter DAY_FIRST = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter DAY_FULL_FIRST = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMMM").toFormatter(Locale.ENGLISH);

    private FollowupText() {
    }

    /**
     * @param today the incident's today, for dates without a year and the relative words
     * @throws IllegalArgumentException when a mark is malformed (an impossible date, an unknown priority)
     */
    public static Parsed parse(String text, LocalDate today) {
        String rest = text == null ? "" : text;
        Map<String, String> marks = new LinkedHashMap<>();
        Matcher m = OWNER.matcher(rest);
        if (m.find()) {
            marks.put(CommandEntries.FOLLOWUP_OWNER, m.group(1));
            rest = cut(rest, m);
        }
        m = PRIORITY.matcher(rest);
        while (m.find()) {
            Optional<FollowupPriority> p = FollowupPriority.fromTag(m.group(1));
            if (p.isPresent()) {
                marks.put(CommandEntries.FOLLOWUP_PRIORITY, p.get().name().toLowerCase(Locale.ROOT));
                rest = cut(rest, m);
                break;
            }
        }
        Optional<LocalDate> due = Optional.empty();
        m = ISO_DATE.matcher(rest);
        if (m.find()) {
            try {
                due = Optional.of(LocalDate.parse(m.group(1)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + m.group(1) + "' is not a date");
            }
            rest = cut(rest, m);
        } else if ((m = MONTH_DAY.matcher(rest)).find()) {
            due = Optional.of(monthDay(m.group(1), today));
            rest = cut(rest, m);
        } else if ((m = RELATIVE.matcher(rest)).find()) {
            due = Optional.of(m.group(1).equalsIgnoreCase("today") ? today : today.plusDays(1));
            rest = cut(rest, m);
        }
        due.ifPresent(d -> marks.put(CommandEntries.FOLLOWUP_DUE, d.toString()));
        String clean = rest.replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("the follow-up has no text");
        }
        return new Parsed(clean, marks);
    }

    /**
     * A due date typed on its own (the follow-ups list): any spelling {@link #parse} understands.
     *
     * @throws IllegalArgumentException quoting the text when it is not a date
     */
    public static LocalDate dueDate(String text, LocalDate today) {
        // A stand-in summary, so that only the date is left to be read.
        Parsed p = parse("item " + text.strip(), today);
        String due = p.marks().get(CommandEntries.FOLLOWUP_DUE);
        if (due == null || !p.text().equals("item") || p.marks().size() != 1) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a date: write 2023-06-30, June 30 or"
                    + " tomorrow");
        }
        return LocalDate.parse(due);
    }

    /** The next such day on or after {@code today}: a due date is never in the past when typed. */
    private static LocalDate monthDay(String written, LocalDate today) {
        String w = written.replace(".", "").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {MONTH_FIRST, MONTH_FULL_FIRST, DAY_FIRST, DAY_FULL_FIRST}) {
            try {
                MonthDay md = MonthDay.parse(w, f);
                LocalDate d = md.atYear(today.getYear());
                return d.isBefore(today) ? md.atYear(today.getYear() + 1) : d;
            } catch (DateTimeException e) {
                // try the next spelling
            }
        }
        throw new IllegalArgumentException("'" + written + "' is not a date");
    }

    private static String cut(String s, Matcher m) {
        return s.substring(0, m.start()) + " " + s.substring(m.end());
    }
}
