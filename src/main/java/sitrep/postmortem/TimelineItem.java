package sitrep.postmortem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import sitrep.domain.EntryKind;

/**
 * One bullet of the postmortem timeline. A timed item has a wall-clock time in the incident's zone
 * (and its date, when known); an untimed one has a label instead ("Actions taken", "Misleading
 * investigation") and keeps its place between the timed ones. {@code included} false leaves the item
 * out of every export without forgetting it.
 */
public record TimelineItem(Optional<LocalDate> date, Optional<LocalTime> time, Optional<String> label,
        String text, EntryKind kind, boolean included) {

    public TimelineItem {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (time.isEmpty() && date.isPresent()) {
            throw new IllegalArgumentException("a date without a time cannot place an item: " + text);
        }
    }

    public static TimelineItem timed(LocalDateTime at, String text, EntryKind kind) {
        return new TimelineItem(Optional.of(at.toLocalDate()), Optional.of(at.toLocalTime()), Optional.empty(),
                text, kind, true);
    }

    public static TimelineItem labelled(String label, String text, EntryKind kind) {
        return new TimelineItem(Optional.empty(), Optional.empty(), Optional.of(label), text, kind, true);
    }

    public boolean isTimed() {
        return time.isPresent();
    }

    /** Date and time together, when the item has both. */
    public Optional<LocalDateTime> at() {
        return time.flatMap(t -> date.map(d -> d.atTime(t)));
    }

    public TimelineItem withIncluded(boolean include) {
        return new TimelineItem(date, time, label, text, kind, include);
    }
}
