package sitrep.incident.sync;

/**
 * A line of a journal that the store holds with different content than this machine: two copies of one
 * folder both writing, or a store restored over another. Never resolved by overwriting; that journal stops
 * syncing until a person looks.
 */
public final class JournalConflict extends Exception {

    /** Words every conflict message carries, so a cycle's report can tell conflicts from skipped rows. */
    static final String MARK = "differs between this machine and the store";

    private final String journal;
    private final long line;

    public JournalConflict(String journal, long line) {
        super("line " + line + " of journal " + journal + " differs between this machine and the store; "
                + "nothing was overwritten and " + journal + " is no longer synced");
        this.journal = journal;
        this.line = line;
    }

    public String journal() {
        return journal;
    }

    public long line() {
        return line;
    }
}
