package sitrep.incident;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import sitrep.concurrent.Daemons;

/**
 * Delivers other responders' appends as they land. A {@link WatchService} wakes the reader at once on a
 * local disk; because network shares and sync tools often raise no events, the folder is also polled
 * every {@code pollInterval} (a stat per file; only new bytes are read, see {@link JournalReader}).
 *
 * <p>The listener runs on the watcher's own daemon thread; the console hands batches on to the FX thread.
 */
public final class JournalWatcher implements Closeable {

    private static final System.Logger LOG = System.getLogger(JournalWatcher.class.getName());

    private final JournalReader reader;
    private final Consumer<JournalBatch> listener;
    private final Duration pollInterval;
    private final Thread thread;
    private volatile boolean running = true;
    private WatchService watch;

    /**
     * Starts watching.
     *
     * @param reader       positioned after what the caller already has (typically right after replay)
     * @param pollInterval the fallback polling period; one second keeps appends visible within two
     */
    public JournalWatcher(JournalReader reader, Duration pollInterval, Consumer<JournalBatch> listener) {
        this.reader = reader;
        this.listener = listener;
        this.pollInterval = pollInterval;
        this.watch = openWatch(reader.journalDir());
        this.thread = Daemons.thread("journal-watcher", this::run);
        thread.start();
    }

    private static WatchService openWatch(Path dir) {
        try {
            Files.createDirectories(dir);
            WatchService ws = FileSystems.getDefault().newWatchService();
            dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            return ws;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.INFO, "no file events for " + dir + " (" + e + "); polling only");
            return null;
        }
    }

    private void run() {
        while (running) {
            try {
                waitForChange();
                JournalBatch batch = reader.readNew();
                if (!batch.isEmpty()) {
                    listener.accept(batch);
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // A share that went away comes back; keep polling and say so once per failure.
                LOG.log(Level.WARNING, "reading the journal in " + reader.journalDir() + " failed: " + e);
            }
        }
    }

    /** Returns on a file event or after the poll interval, whichever comes first. */
    private void waitForChange() throws InterruptedException {
        if (watch == null) {
            Thread.sleep(pollInterval.toMillis());
            return;
        }
        WatchKey key = watch.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
            key.pollEvents();
            if (!key.reset()) {
                LOG.log(Level.INFO, "journal folder " + reader.journalDir() + " is no longer watchable; polling only");
                closeWatch();
            }
        }
    }

    private void closeWatch() {
        try {
            if (watch != null) {
                watch.close();
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the watch service: " + e);
        }
        watch = null;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeWatch();
    }
}
