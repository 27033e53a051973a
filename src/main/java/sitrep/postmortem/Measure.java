package sitrep.postmortem;

import java.util.List;
import java.util.Objects;

/** A corrective or preventative measure: "N. name: description", followed by its tasks. */
public record Measure(String name, String description, List<Task> tasks) {

    public Measure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        tasks = List.copyOf(tasks);
    }
}
