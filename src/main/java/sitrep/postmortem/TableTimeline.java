package sitrep.postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sitrep.domain.WallClock;

/**
 * A timeline written as a table (a Markdown pipe table, an HTML table flattened to one): each row is an event,
 * handed on as the line "time: text" a bullet would have been.
 */
final class TableTimeline {

    private final ImportContext ctx;
    private final Consumer<String> addItem;

    TableTimeline(ImportContext ctx, Consumer<String> addItem) {
        this.ctx = ctx;
        this.addItem = addItem;
    }

    /**
     * One row of a table timeline is one event: its time from the first cell that opens with one (a date cell
     * just before it joins it), its text from the other cells. A first row without a time is the header.
     */
    void add(TableRow row, boolean first) {
        if (row.isSeparator() || row.filled().isEmpty()) {
            return;
        }
        if (!first && addRowsWithin(row)) {
            return;
        }
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (!TimelineReader.startsWithTime(cells.get(i)) && !startsWithDateAndTime(cells.get(i))) {
                continue;
            }
            boolean dateBefore = i > 0 && isDateCell(cells.get(i - 1));
            String head = (dateBefore ? cells.get(i - 1) + " " : "") + cells.get(i);
            List<String> rest = new ArrayList<>();
            for (int j = 0; j < cells.size(); j++) {
                if (j != i && !(dateBefore && j == i - 1) && !cells.get(j).isEmpty()) {
                    rest.add(cells.get(j));
                }
            }
            addItem.accept(rest.isEmpty() ? head : head + ": " + String.join(" — ", rest));
            return;
        }
        if (!first) {
            addItem.accept(String.join(" — ", row.filled()));
        }
    }

    /**
     * A row that holds several events, one a line: a cell of timed lines ("08:05 ...", "08:12 ..."), alone or beside
     * a cell of as many lines ("08:35", "08:50" beside two events). Each line pair is one event.
     */
    private boolean addRowsWithin(TableRow row) {
        for (int i = 0; i < row.lines().size(); i++) {
            List<String> timed = row.lines().get(i);
            if (timed.size() < 2
                    || !timed.stream().allMatch(l -> TimelineReader.startsWithTime(l) || startsWithDateAndTime(l))) {
                continue;
            }
            int at = i;
            boolean fits = true;
            for (int j = 0; j < row.lines().size(); j++) {
                int n = row.lines().get(j).size();
                fits &= j == at || n == 0 || n == timed.size();
            }
            if (!fits) {
                return false;
            }
            for (int k = 0; k < timed.size(); k++) {
                List<String> cells = new ArrayList<>();
                for (List<String> cellLines : row.lines()) {
                    cells.add(cellLines.isEmpty() ? "" : cellLines.get(k));
                }
                add(TableRow.of(cells), false);
            }
            return true;
        }
        return false;
    }

    private boolean startsWithDateAndTime(String cell) {
        String s = TimelineReader.LEADING_MARKUP.matcher(cell).replaceFirst("");
        return ctx.firstDate(s).filter(f -> f.start() == 0)
                .flatMap(f -> WallClock.at(s, TimelineReader.skip(s, f.end(), TimelineReader.DATE_TIME_GAP)))
                .isPresent();
    }

    private boolean isDateCell(String cell) {
        return ctx.firstDate(cell).filter(f -> f.start() == 0 && cell.substring(f.end()).isBlank()).isPresent();
    }
}
