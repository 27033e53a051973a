package sitrep.ui.timeline;

import java.time.Clock;
import java.time.ZoneId;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sitrep.incident.JournalRecord;

/** The quick-entry line and its one write in flight, kept apart so a line is neither lost nor written twice. */
final class QuickEntryLine {

    private final StringProperty text;
    private final ZoneId zone;
    private final Clock clock;
    private final String author;
    private final JournalWrites writes;
    private final UndoHistory history;
    /** The line being written, so Enter pressed again meanwhile does not write it again. */
    private String submitting;

    QuickEntryLine(Object bean, ZoneId zone, Clock clock, String author, JournalWrites writes, UndoHistory history) {
        this.text = new SimpleStringProperty(bean, "entryText", "");
        this.zone = zone;
        this.clock = clock;
        this.author = author;
        this.writes = writes;
        this.history = history;
    }

    /** It keeps its text until that text is on disk. */
    StringProperty textProperty() {
        return text;
    }

    /** Parses the line and writes it as a new entry; a line that does not read shows as the failure. */
    void submit() {
        String line = text.get();
        if (line.equals(submitting)) {
            // Enter pressed again while the same line is still being written: one note, not two.
            return;
        }
        JournalRecord record;
        try {
            record = TypedEntries.quickEntry(line, zone, clock.instant(), author);
        } catch (IllegalArgumentException e) {
            writes.fail(e.getMessage());
            return;
        }
        String entryId = record.entryId();
        submitting = line;
        writes.write(record, () -> {
            submitting = null;
            history.push(EntryChange.added(entryId));
            // Keep anything typed while the write was in flight.
            if (line.equals(text.get())) {
                text.set("");
            }
        }, () -> {
            submitting = null;
            if (text.get().isBlank()) {
                text.set(line);
            }
        });
    }
}
