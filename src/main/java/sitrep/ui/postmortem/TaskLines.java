package sitrep.ui.postmortem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sitrep.postmortem.Task;

/**
 * A measure's tasks as the form edits them: one task per line, "text; owner; due yyyy-MM-dd", owner and
 * due date optional. Plain lines keep the form a single text area, which is quicker to type in during a
 * review than a nested table.
 */
final class TaskLines {

    private TaskLines() {
    }

    static String format(List<Task> tasks) {
        List<String> lines = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            StringBuilder line = new StringBuilder(t.text());
            if (t.owner().isPresent() || t.due().isPresent()) {
                line.append("; ").append(t.owner().orElse(""));
            }
            t.due().ifPresent(d -> line.append("; ").append(d));
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    /** @throws IllegalArgumentException naming the line whose due date is not yyyy-MM-dd */
    static List<Task> parse(String text) {
        List<Task> tasks = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 3);
            String what = parts[0].strip();
            Optional<String> owner = parts.length > 1 && !parts[1].isBlank()
                    ? Optional.of(parts[1].strip()) : Optional.empty();
            Optional<LocalDate> due = Optional.empty();
            if (parts.length > 2 && !parts[2].isBlank()) {
                try {
                    due = Optional.of(LocalDate.parse(parts[2].strip()));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("task \"" + what + "\": due date '" + parts[2].strip()
                            + "' is not yyyy-MM-dd");
                }
            }
            tasks.add(new Task(what, owner, due));
        }
        return tasks;
    }
}
