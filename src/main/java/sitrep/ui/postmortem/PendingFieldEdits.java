package sitrep.ui.postmortem;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import sitrep.incident.postmortem.PostmortemField;

/**
 * Postmortem fields typed in but not yet on disk, the writes in flight for them, and the save status in words.
 * Each change to a field bumps its generation, so a write that finishes after further typing leaves it edited.
 */
final class PendingFieldEdits {

    private final Set<PostmortemField> edited = EnumSet.noneOf(PostmortemField.class);
    private final Map<PostmortemField, Long> generation = new EnumMap<>(PostmortemField.class);
    private final Map<PostmortemField, String> writing = new EnumMap<>(PostmortemField.class);
    private final Map<PostmortemField, String> failures = new EnumMap<>(PostmortemField.class);
    private int writesInFlight;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "saveStatus", "");

    /** "saving…", "saved", "NOT SAVED: reason", or empty before the first write. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The fields whose typed value wins over the journal's; a live view, iterate a copy to change it meanwhile. */
    Set<PostmortemField> edited() {
        return edited;
    }

    boolean isEdited(PostmortemField field) {
        return edited.contains(field);
    }

    void markEdited(PostmortemField field) {
        edited.add(field);
        generation.merge(field, 1L, Long::sum);
    }

    /**
     * Starts a write of {@code value} for the field, returning its generation; empty when that same value is
     * already being written (a second commit of unchanged text writes nothing).
     */
    OptionalLong startWrite(PostmortemField field, String value) {
        if (value != null && value.equals(writing.get(field))) {
            return OptionalLong.empty();
        }
        writing.put(field, value);
        writesInFlight++;
        showStatus();
        return OptionalLong.of(generation.getOrDefault(field, 0L));
    }

    /** The value typed cannot be written as it is (a half-typed date, say): the status shows why. */
    void refused(PostmortemField field, String reason) {
        failures.put(field, reason);
        showStatus();
    }

    /** A write outside the fields (the starred-only choice) failed: said until a field's write changes the status. */
    void otherWriteFailed(String reason) {
        status.set("NOT SAVED: " + reason);
    }

    /** A write started at generation {@code gen} ended; {@code failure} is null when it is on disk. */
    void finished(PostmortemField field, long gen, String failure) {
        writesInFlight--;
        writing.remove(field);
        if (failure == null) {
            failures.remove(field);
            if (generation.getOrDefault(field, 0L) == gen) {
                edited.remove(field);
            }
        } else {
            failures.put(field, failure);
        }
        showStatus();
    }

    private void showStatus() {
        if (!failures.isEmpty()) {
            status.set("NOT SAVED: " + failures.values().iterator().next());
        } else {
            status.set(writesInFlight > 0 ? "saving…" : "saved");
        }
    }
}
