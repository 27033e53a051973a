package sitrep.postmortem;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import sitrep.domain.EntryKind;

/**
 * One timeline entry of an incident as the postmortem needs it. The journal's entries map onto this
 * (the postmortem package stays independent of how the journal stores them): an instant, or a label
 * for an untimed entry, the text and its tag.
 */
public record IncidentEvent(Optional<Instant> at, Optional<String> label, String text, EntryKind kind) {

    public IncidentEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    public static IncidentEvent at(Instant when, String text, EntryKind kind) {
        return new IncidentEvent(Optional.of(when), Optional.empty(), text, kind);
    }

    public static IncidentEvent untimed(String label, String text, EntryKind kind) {
        return new IncidentEvent(Optional.empty(), Optional.of(label), text, kind);
    }
}
