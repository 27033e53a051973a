package sitrep.incident;

import java.io.IOException;

/** Where new journal records go. Returns only once the record is durable, or throws. */
@FunctionalInterface
public interface RecordAppender {

    /**
     * Writes and forces one record.
     *
     * @return the record with its place in the journal
     * @throws IOException when the record is not durably written (full disk, read-only folder ...)
     */
    Journaled append(JournalRecord record) throws IOException;
}
