package sitrep.incident;

import java.util.Comparator;

/**
 * A record with where it was read from. The position makes the merge of several responders' files
 * deterministic: every reader of the same files applies the records in the same order.
 *
 * @param file the journal file's name (not path: the folder may be mounted in different places)
 * @param line 1-based line number in that file
 */
public record Journaled(JournalRecord record, String file, long line) {

    /** Written time, then author, then file, then line: total, and the same on every machine. */
    public static final Comparator<Journaled> ORDER = Comparator
            .comparing((Journaled j) -> j.record().written())
            .thenComparing(j -> j.record().author())
            .thenComparing(Journaled::file)
            .thenComparingLong(Journaled::line);
}
