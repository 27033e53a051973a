package sitrep.postmortem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "label: value" line in any of the ways people write it: "Duration: ...", "**Duration:** ...",
 * "**Duration**: ...", "__Impact__: ...", "*Impact*: ...", or a two-cell table row "| Impact | ... |". The label
 * is returned without markup.
 */
record LabelLine(String label, String value) {

    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\*\\*|__|\\*|_)?\\s*([A-Za-z][A-Za-z0-9 &/()'-]{0,48}?)\\s*"
                    + "(?:(?:\\*\\*|__|\\*|_)\\s*:|:\\s*(?:\\*\\*|__|\\*|_)?)\\s*(.*)$");

    static Optional<LabelLine> parse(String text) {
        Optional<TableRow> row = TableRow.parse(text);
        if (row.isPresent()) {
            // A two-cell row of a key-value table ("| **Date** | Tuesday, March 5, 2024 |"), as templates open.
            List<String> cells = row.get().cells();
            return cells.size() == 2 && !cells.get(0).isEmpty() && !cells.get(1).isEmpty()
                    ? parse(cells.get(0) + ": " + cells.get(1)) : Optional.empty();
        }
        Matcher m = LABEL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LabelLine(m.group(1).strip(), m.group(2).strip()));
    }

    /** The label in lower case with single spaces, for comparison. */
    String key() {
        return label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** How many words the label has: long "labels" are usually sentences with a colon. */
    int words() {
        return label.split("\\s+").length;
    }
}
