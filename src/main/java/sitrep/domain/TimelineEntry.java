package sitrep.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the incident timeline as it stands after every journal record about it was applied.
 *
 * @param eventTime when the thing happened (what the timeline is sorted by)
 * @param writtenAt when the entry was first written, which breaks ties between equal event times
 * @param evidence  data attached to the entry (alert labels, a chart point ...), never secrets
 * @param retracted deleted by a responder; kept because the journal never forgets, and restorable
 */
public record TimelineEntry(String id, Instant eventTime, EntryKind kind, String author, String text,
                            Instant writtenAt, Map<String, String> evidence, boolean retracted) {

    public TimelineEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(writtenAt, "writtenAt");
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }

    public TimelineEntry withContent(Instant newEventTime, EntryKind newKind, String newText) {
        return new TimelineEntry(id, newEventTime, newKind, author, newText, writtenAt, evidence, retracted);
    }

    public TimelineEntry withRetracted(boolean nowRetracted) {
        return new TimelineEntry(id, eventTime, kind, author, text, writtenAt, evidence, nowRetracted);
    }
}
