package sitrep.incident.postmortem;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import sitrep.incident.JournalRecord;
import sitrep.incident.Journaled;
import sitrep.incident.RecordAppender;
import sitrep.postmortem.Impact;
import sitrep.postmortem.Measure;

/**
 * One edit of the postmortem: a field and its whole new value (JSON), or null to clear the field. It
 * reaches the disk as a {@code postmortem.set} journal record through {@link #appendTo}, which returns
 * only once the record is forced to disk, exactly like a note.
 */
public record PostmortemEdit(PostmortemField field, String jsonValue) {

    public PostmortemEdit {
        Objects.requireNonNull(field, "field");
    }

    /** The title the postmortem uses instead of the incident's. */
    public static PostmortemEdit title(String title) {
        return new PostmortemEdit(PostmortemField.TITLE, PostmortemValues.text(title));
    }

    public static PostmortemEdit impact(Impact impact) {
        return new PostmortemEdit(PostmortemField.IMPACT, PostmortemValues.impact(impact));
    }

    public static PostmortemEdit rootCause(String text) {
        return new PostmortemEdit(PostmortemField.ROOT_CAUSE, PostmortemValues.text(text));
    }

    public static PostmortemEdit resolution(String text) {
        return new PostmortemEdit(PostmortemField.RESOLUTION, PostmortemValues.text(text));
    }

    /** The whole list of measures, in order: reordering or editing one task rewrites the list. */
    public static PostmortemEdit measures(List<Measure> measures) {
        return new PostmortemEdit(PostmortemField.MEASURES, PostmortemValues.measures(measures));
    }

    public static PostmortemEdit measuresClosing(String text) {
        return new PostmortemEdit(PostmortemField.MEASURES_CLOSING, PostmortemValues.text(text));
    }

    public static PostmortemEdit conclusion(String text) {
        return new PostmortemEdit(PostmortemField.CONCLUSION, PostmortemValues.text(text));
    }

    /** The ids of the timeline entries left out of the postmortem (the complete set, sorted for stable files). */
    public static PostmortemEdit excludedEntries(Collection<String> entryIds) {
        return new PostmortemEdit(PostmortemField.EXCLUDED_ENTRIES, PostmortemValues.texts(new TreeSet<>(entryIds)));
    }

    /** The window the postmortem states instead of the incident's start and end; either end may be left open. */
    public static PostmortemEdit window(Optional<Instant> start, Optional<Instant> end) {
        return new PostmortemEdit(PostmortemField.WINDOW, PostmortemValues.window(start, end));
    }

    /** Text an import could not place, kept so that nothing the author wrote is lost. */
    public static PostmortemEdit unplaced(List<String> texts) {
        return new PostmortemEdit(PostmortemField.UNPLACED, PostmortemValues.texts(texts));
    }

    /** Back to the default: the incident's title or window, an empty text or list. */
    public static PostmortemEdit clear(PostmortemField field) {
        return new PostmortemEdit(field, null);
    }

    public JournalRecord toRecord(String author, Instant written) {
        return JournalRecord.postmortemSet(field.wireName(), jsonValue, author, written);
    }

    /** Writes the edit to the responder's journal; durable when this returns. */
    public Journaled appendTo(RecordAppender journal, String author, Instant written) throws IOException {
        return journal.append(toRecord(author, written));
    }
}
