package sitrep.postmortem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the parts of an import share: how to read dates, the document's zone, and the running report. */
final class ImportContext {

    final List<String> guesses = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> unplaced = new ArrayList<>();
    DateParser.Order dateOrder = DateParser.Order.DAY_FIRST;
    Optional<ZoneLabel> zone = Optional.empty();
    Optional<LocalDate> baseDate = Optional.empty();
    /** True when the author writes am/pm somewhere, so a bare "2:05" may mean 14:05. */
    boolean twelveHourClock;

    Optional<Integer> defaultYear() {
        return baseDate.map(LocalDate::getYear);
    }

    Optional<DateParser.Found> firstDate(String text) {
        Optional<DateParser.Found> found = DateParser.first(text, dateOrder, defaultYear());
        found.filter(DateParser.Found::ambiguous).ifPresent(f -> guesses.add("Read the ambiguous date \""
                + text.substring(f.start(), f.end()) + "\" as " + TemplateFormats.date(f.date()) + " ("
                + (dateOrder == DateParser.Order.DAY_FIRST ? "day first" : "month first, as in the Americas")
                + ")."));
        return found;
    }
}
