package sitrep.incident.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An action item that outlives the incident. Its entry id is its identity; {@code number} (1, 2, ...) is
 * its place in the incident's list, by the time it was noted, so "F2" names the same item for everyone.
 */
public record Followup(String entryId, int number, String text, Optional<String> owner, Optional<LocalDate> due,
                       Optional<FollowupPriority> priority, boolean done, String author, Instant noted) {

    public Followup {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(noted, "noted");
    }

    /** "F2": how measures and exports point at it. */
    public String reference() {
        return "F" + number;
    }
}
