package sitrep.postmortem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import sitrep.domain.WallClock;

/**
 * Reads the incident window from a Duration line ("June 10, 2023, 14:00 - 17:30 (PST)", "2:00-5:30pm
 * PST", "Saturday, June 10, 2023 from 2pm to 5:30 pm EAT", "June 10, 2023 22:10 - June 11, 2023 01:20
 * UTC") or from separate Start and End lines. A one-date range whose end is earlier than its start ends
 * the next day. Words other than dates, times, zones and connectors are reported: the caller keeps the
 * line in Unplaced so that nothing the author wrote is lost.
 */
final class WindowReader {

    private static final Pattern CONNECTORS = Pattern.compile(
            "(?i)\\b(from|to|until|till|through|and|between|on|at|starting|started|ended|ending|start|end|"
                    + "(mon|tues|wednes|thurs|fri|satur|sun)day|ongoing|unknown|tbd|n/a)\\b|[\\s,;:()\\[\\]?.*_\u2013\u2014-]");

    private final ImportContext ctx;

    WindowReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    /** The window a Duration text gives; {@code fallbackDate} is the title's date. */
    Optional<IncidentWindow> fromDuration(String text, Optional<LocalDate> fallbackDate) {
        List<DateParser.Found> dates = DateParser.findAll(text, ctx.dateOrder, fallbackDate.map(LocalDate::getYear));
        String withoutDates = blank(text, dates);
        Optional<TimeRangeParser.Range> range = TimeRangeParser.find(withoutDates);
        if (range.isEmpty()) {
            ctx.problems.add("Could not read a time in the duration \"" + text + "\": kept in Unplaced.");
            ctx.unplaced.add("Duration: " + text);
            return Optional.empty();
        }
        dates.stream().filter(DateParser.Found::ambiguous).findFirst().ifPresent(f -> ctx.guesses.add(
                "Read the ambiguous date \"" + text.substring(f.start(), f.end()) + "\" as "
                        + TemplateFormats.date(f.date()) + "."));
        Optional<LocalDate> startDate = dates.isEmpty() ? fallbackDate : Optional.of(dates.get(0).date());
        if (startDate.isEmpty()) {
            ctx.problems.add("The duration \"" + text + "\" names no date and the title none either: kept in Unplaced.");
            ctx.unplaced.add("Duration: " + text);
            return Optional.empty();
        }
        if (dates.isEmpty()) {
            ctx.guesses.add("The duration names no date: took the title's date, "
                    + TemplateFormats.date(startDate.get()) + ".");
        }
        LocalDateTime start = startDate.get().atTime(range.get().start());
        Optional<LocalDateTime> end = Optional.empty();
        if (range.get().end().isPresent()) {
            LocalDate endDate = dates.size() > 1 ? dates.get(1).date() : startDate.get();
            LocalDateTime e = endDate.atTime(range.get().end().get());
            if (dates.size() < 2 && e.isBefore(start)) {
                e = e.plusDays(1);
                ctx.guesses.add("The duration ends before it starts on one date: took the end as the next day, "
                        + TemplateFormats.date(e.toLocalDate()) + ".");
            }
            end = Optional.of(e);
        } else {
            ctx.problems.add("The duration \"" + text + "\" gives no end time.");
        }
        Optional<ZoneLabel> zone = range.get().zone().or(() -> ctx.zone);
        if (range.get().zone().isEmpty() && zone.isPresent()) {
            ctx.guesses.add("The duration names no zone: took " + zone.get().text() + " from elsewhere in the document.");
        }
        keepUnreadWords(text, withoutDates);
        return Optional.of(new IncidentWindow(Optional.of(start), end, zone));
    }

    /** Separate "Start:" and "End:" lines, each a date and a time. */
    Optional<IncidentWindow> fromStartEnd(String startText, Optional<String> endText, Optional<LocalDate> fallback) {
        String joined = startText + " - " + endText.orElse("");
        return fromDuration(joined.strip().replaceAll("-$", "").strip(), fallback);
    }

    private void keepUnreadWords(String text, String withoutDates) {
        String rest = withoutDates;
        Optional<ZoneParser.Found> zone;
        while ((zone = ZoneParser.find(rest)).isPresent()) {
            ZoneParser.Found z = zone.get();
            rest = rest.substring(0, z.start()) + " ".repeat(z.end() - z.start()) + rest.substring(z.end());
        }
        for (WallClock.Reading t : WallClock.findAll(rest)) {
            rest = rest.substring(0, t.start()) + " ".repeat(t.end() - t.start()) + rest.substring(t.end());
        }
        String leftover = CONNECTORS.matcher(rest.toLowerCase(Locale.ROOT)).replaceAll("");
        if (!leftover.isEmpty()) {
            ctx.unplaced.add("Duration: " + text);
            ctx.guesses.add("The duration line has words the window cannot hold; the line is kept in Unplaced.");
        }
    }

    private static String blank(String text, List<DateParser.Found> dates) {
        StringBuilder out = new StringBuilder(text);
        for (DateParser.Found d : dates) {
            for (int i = d.start(); i < d.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
