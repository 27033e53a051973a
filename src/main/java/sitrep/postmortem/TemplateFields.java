package sitrep.postmortem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The template's fields of one document ("Duration:", "Root cause:" and the sections' unlabelled paragraphs), as its
 * sections are read: which field a labelled or unlabelled paragraph fills, and what each field holds.
 */
final class TemplateFields {

    /** Where a label or an unlabelled paragraph puts its text. */
    enum Field { DURATION, START, END, DATE, IMPACT, ROOT_CAUSE, RESOLUTION, CONCLUSION, UNPLACED }

    private static final Map<String, Field> LABELS = Map.ofEntries(
            Map.entry("duration", Field.DURATION), Map.entry("time", Field.DURATION),
            Map.entry("when", Field.DURATION), Map.entry("outage window", Field.DURATION),
            Map.entry("start", Field.START), Map.entry("start time", Field.START), Map.entry("started", Field.START),
            Map.entry("end", Field.END), Map.entry("end time", Field.END), Map.entry("ended", Field.END),
            Map.entry("date", Field.DATE), Map.entry("incident date", Field.DATE), Map.entry("day", Field.DATE),
            Map.entry("impact", Field.IMPACT), Map.entry("user impact", Field.IMPACT),
            Map.entry("customer impact", Field.IMPACT),
            Map.entry("root cause", Field.ROOT_CAUSE), Map.entry("cause", Field.ROOT_CAUSE),
            Map.entry("resolution", Field.RESOLUTION), Map.entry("fix", Field.RESOLUTION),
            Map.entry("conclusion", Field.CONCLUSION));
    private static final Pattern CONCLUDING = Pattern.compile("(?i)(in conclusion|to conclude|to summari[sz]e)\\b");

    private final Map<Field, List<String>> fields = new EnumMap<>(Field.class);

    /** The field a label names ("root cause", lower case), or null when it names none. */
    static Field labelled(String key) {
        return LABELS.get(key);
    }

    /** Reads a section's paragraphs into the fields their labels, or the section, name. */
    void read(HeadingSplitter.Block block, ImportContext ctx) {
        Field last = null;
        boolean open = false;
        for (SourceLine line : block.lines()) {
            if (line.isBlank()) {
                open = false;
                continue;
            }
            Optional<TableRow> row = TableRow.parse(line.text());
            if (row.isPresent()) {
                if (row.get().isSeparator() || row.get().filled().isEmpty()) {
                    continue; // a table's rule or empty header row: layout, not text
                }
                open = false; // each row stands alone: "| Severity | SEV-1 |" never continues the date above it
            }
            Optional<LabelLine> label = LabelLine.parse(line.text()).filter(l -> LABELS.containsKey(l.key()));
            if (label.isPresent()) {
                last = LABELS.get(label.get().key());
                // An empty value ("Root cause:" alone) is filled by the lines that follow it.
                add(last, label.get().value());
                open = true;
            } else if (open && last != null) {
                List<String> paragraphs = fields.get(last);
                String tail = paragraphs.remove(paragraphs.size() - 1);
                paragraphs.add(tail.isEmpty() ? line.original() : tail + "\n" + line.original());
            } else if (CONCLUDING.matcher(line.text()).lookingAt() && block.section().isPresent()) {
                last = Field.CONCLUSION;
                ctx.guesses.add("Took the paragraph \"" + TimelineReader.abbreviate(line.text())
                        + "\" as the conclusion.");
                add(last, line.original());
                open = true;
            } else {
                last = defaultField(block.section(), last, ctx, line);
                add(last, line.original());
                open = true;
            }
        }
        fields.values().forEach(p -> p.removeIf(String::isEmpty));
        fields.values().removeIf(List::isEmpty);
    }

    private static Field defaultField(Optional<TemplateSection> section, Field last, ImportContext ctx,
            SourceLine line) {
        TemplateSection s = section.orElse(TemplateSection.UNPLACED);
        return switch (s) {
            case SUMMARY, IMPACT -> {
                if (s == TemplateSection.SUMMARY) {
                    ctx.guesses.add("An unlabelled summary paragraph (\"" + TimelineReader.abbreviate(line.text())
                            + "\") was taken as impact.");
                }
                yield Field.IMPACT;
            }
            case DURATION -> Field.DURATION;
            case ROOT_CAUSE_AND_RESOLUTION -> last == Field.RESOLUTION ? Field.RESOLUTION : Field.ROOT_CAUSE;
            case ROOT_CAUSE -> Field.ROOT_CAUSE;
            case RESOLUTION -> Field.RESOLUTION;
            case CONCLUSION -> Field.CONCLUSION;
            default -> {
                if (section.isEmpty() || s != TemplateSection.UNPLACED) {
                    ctx.problems.add("Could not place \"" + TimelineReader.abbreviate(line.text())
                            + "\": kept in Unplaced.");
                }
                yield Field.UNPLACED;
            }
        };
    }

    void add(Field field, String text) {
        fields.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
    }

    boolean has(Field field) {
        return fields.containsKey(field);
    }

    /** The field's paragraphs, none when it has none. */
    List<String> all(Field field) {
        return fields.getOrDefault(field, List.of());
    }

    /** The field's paragraphs as paragraphs, empty when it has none. */
    String joined(Field field) {
        return String.join("\n\n", all(field));
    }

    /** The field's paragraphs on one line (a duration, a date), empty when it has none. */
    String inOneLine(Field field) {
        return String.join(" ", all(field));
    }

    /** Removes the field, and returns it on one line if it had any paragraph. */
    Optional<String> take(Field field) {
        List<String> taken = fields.remove(field);
        return taken == null ? Optional.empty() : Optional.of(String.join(" ", taken));
    }
}
