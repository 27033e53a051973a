package sitrep.postmortem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Corrective and Preventative Measures section: numbered (or top-level bulleted) measures
 * "Name: description", their tasks as nested bullets ("Task: ..." or plain), with "(owner: x, due: d)"
 * read back, and the paragraphs after the list: a last one opening "In conclusion" is the conclusion
 * when the document has no Conclusion heading, the others the closing paragraph.
 */
final class MeasuresReader {

    private static final Pattern TASK_PREFIX = Pattern.compile("^(?:\\*\\*|__)?\\s*(?:task|todo|action)\\s*"
            + "(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNER_DUE = Pattern.compile(
            "\\s*\\((?:owner:\\s*([^,()]+?))?(?:,\\s*)?(?:due:\\s*([^()]+?))?\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final List<String> CONCLUDING = List.of("in conclusion", "to conclude", "in summary",
            "to summarize", "to summarise", "overall,");

    /** What the section held. */
    record Result(List<Measure> measures, String closing, Optional<String> conclusion) {
    }

    private final ImportContext ctx;
    private final List<Measure> measures = new ArrayList<>();
    private final List<String> after = new ArrayList<>();
    private int measureIndent = -1;
    /** Under a sub-heading: its items are tasks of the group measure. */
    private boolean grouped;
    /** Measures so far were plain sentences. */
    private boolean plain;
    /** A paragraph about the measures rather than one of them. */
    private static final Pattern CLOSING = Pattern.compile("(?i)(these|the above|all of these|together,)\\b");

    MeasuresReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    Result read(List<SourceLine> lines, boolean conclusionElsewhere) {
        boolean afterBlank = true;
        StringBuilder paragraph = new StringBuilder();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                flush(paragraph);
                afterBlank = true;
                continue;
            }
            if (line.type() == SourceLine.Type.HEADING) {
                // A sub-heading groups what follows: it is a measure, its items are the tasks.
                flush(paragraph);
                measures.add(new Measure(line.text(), "", List.of()));
                grouped = true;
                plain = false;
                afterBlank = true;
                continue;
            }
            if (grouped && (line.isListItem() || paragraph.length() == 0 && !concludes(line.text()))) {
                Measure m = measures.remove(measures.size() - 1);
                List<Task> tasks = new ArrayList<>(m.tasks());
                tasks.add(task(line.text()));
                measures.add(new Measure(m.name(), m.description(), tasks));
                afterBlank = false;
                continue;
            }
            if (!line.isListItem() && (measures.isEmpty() || plain) && paragraph.length() == 0
                    && !concludes(line.text()) && !CLOSING.matcher(line.text()).lookingAt()) {
                // Measures written as plain sentences, one a line, without bullets or numbers.
                measures.add(measure(line.text()));
                plain = true;
                afterBlank = false;
                continue;
            }
            boolean isTask = line.isListItem() && TASK_PREFIX.matcher(line.text()).lookingAt();
            if (line.isListItem() && !isTask && (measureIndent < 0 || line.indent() <= measureIndent)) {
                flush(paragraph);
                measureIndent = line.indent();
                measures.add(measure(line.text()));
            } else if (line.isListItem() && !measures.isEmpty()) {
                Measure m = measures.remove(measures.size() - 1);
                List<Task> tasks = new ArrayList<>(m.tasks());
                tasks.add(task(line.text()));
                measures.add(new Measure(m.name(), m.description(), tasks));
            } else if (!measures.isEmpty() && paragraph.length() == 0 && (!afterBlank || line.indent() >= 2)) {
                continueLast(line.text());
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : "\n").append(line.original());
            }
            afterBlank = false;
        }
        flush(paragraph);
        Optional<String> conclusion = Optional.empty();
        if (!conclusionElsewhere && !after.isEmpty() && concludes(after.get(after.size() - 1))) {
            conclusion = Optional.of(after.remove(after.size() - 1));
            ctx.guesses.add("Took the last paragraph of the measures (\"" + TimelineReader.abbreviate(conclusion.get())
                    + "\") as the conclusion.");
        }
        return new Result(measures, String.join("\n\n", after), conclusion);
    }

    private void flush(StringBuilder paragraph) {
        if (paragraph.length() == 0) {
            return;
        }
        if (measures.isEmpty()) {
            ctx.unplaced.add(paragraph.toString());
            ctx.problems.add("A paragraph before the first measure (\"" + TimelineReader.abbreviate(paragraph.toString())
                    + "\") has no place in the template: kept in Unplaced.");
        } else {
            after.add(paragraph.toString());
        }
        paragraph.setLength(0);
    }

    private static boolean concludes(String paragraph) {
        String p = paragraph.toLowerCase(Locale.ROOT);
        return CONCLUDING.stream().anyMatch(p::startsWith);
    }

    private static Measure measure(String text) {
        Optional<LabelLine> label = LabelLine.parse(text).filter(l -> !l.value().isEmpty());
        if (label.isPresent()) {
            return new Measure(label.get().label(), label.get().value(), List.of());
        }
        return new Measure(text.replaceAll("^(\\*\\*|__)(.*)\\1$", "$2"), "", List.of());
    }

    private Task task(String text) {
        String t = TASK_PREFIX.matcher(text).replaceFirst("");
        Matcher m = OWNER_DUE.matcher(t);
        if (m.find() && (m.group(1) != null || m.group(2) != null)) {
            Optional<String> owner = Optional.ofNullable(m.group(1)).map(String::strip);
            Optional<LocalDate> due = Optional.empty();
            if (m.group(2) != null) {
                due = DateParser.first(m.group(2), ctx.dateOrder, ctx.defaultYear()).map(DateParser.Found::date);
                if (due.isEmpty()) {
                    return Task.of(t);
                }
            }
            return new Task(t.substring(0, m.start()), owner, due);
        }
        return Task.of(t);
    }

    private void continueLast(String text) {
        Measure m = measures.remove(measures.size() - 1);
        if (m.tasks().isEmpty()) {
            String description = m.description().isEmpty() ? text : m.description() + "\n" + text;
            measures.add(new Measure(m.name(), description, m.tasks()));
            return;
        }
        List<Task> tasks = new ArrayList<>(m.tasks());
        Task last = tasks.remove(tasks.size() - 1);
        tasks.add(new Task(last.text() + "\n" + text, last.owner(), last.due()));
        measures.add(new Measure(m.name(), m.description(), tasks));
    }
}
