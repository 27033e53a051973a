package sitrep.postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A row of a Markdown pipe table ("| 14:03 | Deploy of api v2.14 |"), as timelines and action items are often
 * written (PagerDuty's and Atlassian's templates, Confluence pages; {@link HtmlFlattener} writes an HTML table's
 * rows this way too). Cells are trimmed; "\|" inside a cell is a literal bar; a cell's lines (an HTML cell's
 * {@code <br>} or paragraphs) are kept apart in {@link #lines()} and joined by a space in {@link #cells()}.
 */
record TableRow(List<String> cells, List<List<String>> lines) {

    /** Between two lines of one cell ({@code <br>}, paragraphs): {@link HtmlFlattener} writes it there. */
    static final char CELL_LINE = '\u2028';

    /** The row's cells, when the line is a table row: it starts with a bar and has at least one more. */
    static Optional<TableRow> parse(String line) {
        String s = line.strip();
        if (!s.startsWith("|") || s.indexOf('|', 1) < 0) {
            return Optional.empty();
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().strip());
        }
        return Optional.of(of(cells));
    }

    /** A row of these cells, each possibly of several lines; {@link #cells()} joins each cell's lines. */
    static TableRow of(List<String> rawCells) {
        List<String> joined = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        for (String raw : rawCells) {
            List<String> cellLines = new ArrayList<>();
            for (String l : raw.split(String.valueOf(CELL_LINE))) {
                if (!l.isBlank()) {
                    cellLines.add(l.strip());
                }
            }
            lines.add(List.copyOf(cellLines));
            joined.add(String.join(" ", cellLines));
        }
        return new TableRow(List.copyOf(joined), List.copyOf(lines));
    }

    /** The line under a header: "|---|:---:|". */
    boolean isSeparator() {
        return cells.stream().allMatch(c -> c.matches(":?-+:?|"));
    }

    /** The cells that say something. */
    List<String> filled() {
        return cells.stream().filter(c -> !c.isEmpty()).toList();
    }
}
