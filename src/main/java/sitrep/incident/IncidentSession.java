package sitrep.incident;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sitrep.domain.Incident;

/**
 * An opened incident as the console uses it: the folder, this responder's journal file, what the journal
 * held when it was opened, and (once {@link #watch} is called) a watcher delivering what others append.
 * The watcher starts where the initial replay ended, so no record is missed or delivered twice.
 */
public final class IncidentSession implements Closeable {

    /** How often the folder is polled when file events do not arrive (network shares): within 2 s. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final IncidentFolder folder;
    private final IncidentJournal journal;
    private final JournalReader reader;
    private final JournalReplay.Result initial;
    private JournalWatcher watcher;

    private IncidentSession(IncidentFolder folder, IncidentJournal journal, JournalReader reader,
                            JournalReplay.Result initial) {
        this.folder = folder;
        this.journal = journal;
        this.reader = reader;
        this.initial = initial;
    }

    /**
     * Opens (or creates, with {@code ifNew}) the incident at {@code dir} for {@code author}.
     *
     * @throws IOException              when the folder cannot be read, created or written
     * @throws IllegalArgumentException when incident.json is malformed or names an unknown zone
     */
    public static IncidentSession open(Path dir, String author, Incident ifNew) throws IOException {
        IncidentFolder folder = IncidentFolder.openOrCreate(dir, ifNew);
        IncidentJournal journal = folder.openJournal(author);
        try {
            JournalReader reader = folder.newReader();
            JournalBatch batch = reader.readNew();
            List<ReplayWarning> warnings = new ArrayList<>(batch.warnings());
            warnings.addAll(batch.incompleteTails());
            return new IncidentSession(folder, journal, reader, new JournalReplay.Result(batch.records(), warnings));
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    public IncidentFolder folder() {
        return folder;
    }

    /** Where this responder's records go; hand it to the timeline view model. */
    public IncidentJournal journal() {
        return journal;
    }

    /** Every record and skipped line found when the session was opened. */
    public JournalReplay.Result initial() {
        return initial;
    }

    /** Starts delivering new records on the watcher thread; the caller hands them to the UI thread. */
    public synchronized void watch(Consumer<JournalBatch> listener) {
        if (watcher != null) {
            throw new IllegalStateException("already watching " + folder.journalDir());
        }
        watcher = new JournalWatcher(reader, POLL_INTERVAL, listener);
    }

    @Override
    public synchronized void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        journal.close();
    }
}
