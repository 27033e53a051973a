package sitrep.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something the console noticed (an alert firing or resolving, a status or connectivity change, a chart
 * point a responder pinned) and offers as a timeline entry. It becomes an entry only when accepted.
 */
public record Suggestion(Instant time, EntryKind kind, String text, Map<String, String> evidence) {

    public Suggestion {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }
}
