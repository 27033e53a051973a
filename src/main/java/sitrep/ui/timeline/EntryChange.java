package sitrep.ui.timeline;

import java.time.Instant;
import sitrep.domain.EntryKind;
import sitrep.incident.JournalRecord;

/**
 * One of this responder's edits as undo and redo see it: what to write to do it again and what to write
 * to take it back. Undo never deletes anything from the journal; it writes the inverse record.
 */
record EntryChange(String entryId, Step redo, Step undo) {

    /** A record to be written about an entry: retract it, restore it, or set its content. */
    record Step(JournalRecord.Type type, Instant event, EntryKind kind, String text) {

        static Step retract() {
            return new Step(JournalRecord.Type.ENTRY_RETRACTED, null, null, null);
        }

        static Step restore() {
            return new Step(JournalRecord.Type.ENTRY_RESTORED, null, null, null);
        }

        static Step content(Instant event, EntryKind kind, String text) {
            return new Step(JournalRecord.Type.ENTRY_EDITED, event, kind, text);
        }

        JournalRecord toRecord(String entryId, String author, Instant written) {
            return switch (type) {
                case ENTRY_RETRACTED -> JournalRecord.retracted(entryId, author, written);
                case ENTRY_RESTORED -> JournalRecord.restored(entryId, author, written);
                case ENTRY_EDITED -> JournalRecord.edited(entryId, author, written, event, kind, text);
                default -> throw new IllegalStateException("not an entry step: " + type);
            };
        }
    }

    /** Adding: undo retracts the new entry, redo restores it (it already exists in the journal). */
    static EntryChange added(String entryId) {
        return new EntryChange(entryId, Step.restore(), Step.retract());
    }

    static EntryChange retracted(String entryId) {
        return new EntryChange(entryId, Step.retract(), Step.restore());
    }

    static EntryChange edited(String entryId, Step before, Step after) {
        return new EntryChange(entryId, after, before);
    }
}
