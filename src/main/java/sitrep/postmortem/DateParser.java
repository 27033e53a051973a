package sitrep.postmortem;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in free text: "June 10, 2023", "Jun 10th, 2023", "Saturday, June 10, 2023",
 * "10 June 2023", "2023-06-10", "10/06/2023", "10.06.2023", and "June 11" when the year is known.
 *
 * <p>Numeric dates with slashes are ambiguous. A part above 12 decides; otherwise the caller's
 * {@link Order} does, which the importer chooses from the document's zone (month first for zones of
 * the Americas, day first elsewhere) and reports as a guess. Dotted dates are always day first.
 */
final class DateParser {

    /** How to read an ambiguous numeric date such as 10/06/2023. */
    enum Order { DAY_FIRST, MONTH_FIRST }

    /** A date found in a text; {@code ambiguous} is set when the reading depended on {@link Order}. */
    record Found(LocalDate date, int start, int end, boolean yearWritten, boolean ambiguous) {
    }

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:\\b|(?=T\\d))");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})\\b");

    private DateParser() {
    }

    /** Every date in {@code text}, in order; a year-less date takes {@code defaultYear} if given. */
    static List<Found> findAll(String text, Order order, Optional<Integer> defaultYear) {
        List<Found> found = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(found, m, month(m.group(1)), m.group(2), m.group(3), defaultYear);
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(found, m, month(m.group(2)), m.group(1), m.group(3), defaultYear);
        }
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            Optional<LocalDate> d = of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
            if (d.isPresent()) {
                found.add(new Found(d.get(), iso.start(), iso.end(), true, false));
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            numeric(m, order).ifPresent(found::add);
        }
        found.sort(Comparator.comparingInt(Found::start));
        List<Found> distinct = new ArrayList<>();
        for (Found f : found) {
            if (distinct.isEmpty() || f.start() >= distinct.get(distinct.size() - 1).end()) {
                distinct.add(f);
            }
        }
        return distinct;
    }

    static Optional<Found> first(String text, Order order, Optional<Integer> defaultYear) {
        List<Found> all = findAll(text, order, defaultYear);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static void add(List<Found> found, Matcher m, Month month, String day, String year,
            Optional<Integer> defaultYear) {
        // A year-less "May 5" inside prose is too easily a verb; without a year the month must be capitalised.
        if (year == null && (defaultYear.isEmpty() || Character.isLowerCase(m.group().strip().charAt(0)))) {
            return;
        }
        int y = year != null ? Integer.parseInt(year) : defaultYear.get();
        of(y, month.getValue(), Integer.parseInt(day))
                .ifPresent(d -> found.add(new Found(d, m.start(), m.end(), year != null, false)));
    }

    private static Optional<Found> numeric(Matcher m, Order order) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        boolean dotted = m.group(2).equals(".");
        boolean ambiguous = !dotted && a <= 12 && b <= 12 && a != b;
        boolean dayFirst = dotted || a > 12 || (b <= 12 && order == Order.DAY_FIRST);
        Optional<LocalDate> date = dayFirst ? of(year, b, a) : of(year, a, b);
        return date.map(d -> new Found(d, m.start(), m.end(), true, ambiguous));
    }

    private static Month month(String text) {
        String prefix = text.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + text);
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
