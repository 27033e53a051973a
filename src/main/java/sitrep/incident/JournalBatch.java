package sitrep.incident;

import java.util.List;

/**
 * What one read of the journal folder found.
 *
 * @param records         the complete, valid new lines, in {@link Journaled#ORDER}
 * @param warnings        lines skipped as corrupt, unreadable or from a newer format
 * @param incompleteTails files that currently end in a line without its newline: a torn write, or a
 *                        write still in progress elsewhere; such a line is read once it is complete
 */
public record JournalBatch(List<Journaled> records, List<ReplayWarning> warnings, List<ReplayWarning> incompleteTails) {

    public JournalBatch {
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
        incompleteTails = List.copyOf(incompleteTails);
    }

    public boolean isEmpty() {
        return records.isEmpty() && warnings.isEmpty();
    }
}
