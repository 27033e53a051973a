package sitrep.bench;

import java.util.Locale;

/**
 * One figure a benchmark measured: its name, value and unit (the unit may carry a note, "ms (median of 41 after
 * 15)"). In a pass's file it is one line, name, value and unit separated by tabs, which none of them holds.
 */
public record BenchFigure(String name, double value, String unit) {

    public BenchFigure {
        if (name.isBlank() || name.contains("\t") || name.contains(" ") || unit.contains("\t") || unit.contains("\n")) {
            throw new IllegalArgumentException("a figure's name is one word, its unit one line without tabs: " + name);
        }
    }

    /** "name 1.234 unit". */
    public String text() {
        return String.format(Locale.ROOT, "%s %.3f %s", name, value, unit);
    }

    /** "BENCH name 1.234 unit": the line people and scripts read. */
    public String benchLine() {
        return "BENCH " + text();
    }

    String fileLine() {
        return name + "\t" + Double.toString(value) + "\t" + unit;
    }

    /** The figure of one line of a pass's file. */
    static BenchFigure ofFileLine(String line) {
        String[] parts = line.split("\t", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a figure's line: " + line);
        }
        return new BenchFigure(parts[0], Double.parseDouble(parts[1]), parts[2]);
    }
}
