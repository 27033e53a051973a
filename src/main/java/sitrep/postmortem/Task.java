package sitrep.postmortem;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One follow-up task of a measure; owner and due date are optional and printed after the task. */
public record Task(String text, Optional<String> owner, Optional<LocalDate> due) {

    public Task {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
    }

    public static Task of(String text) {
        return new Task(text, Optional.empty(), Optional.empty());
    }
}
