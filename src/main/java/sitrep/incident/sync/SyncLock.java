package sitrep.incident.sync;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * One replicator at a time per incident folder (the console and {@code sitrep sync} may both run): an
 * exclusive lock on {@code <incident>/sync.lock}, held for one cycle. The system drops it when the process
 * dies, so a killed replicator never blocks the next one.
 *
 * <p>A file lock is held by the whole process, and a second {@link FileChannel#lock()} on the same file from
 * the same process throws instead of waiting. So two replicators of one folder in one process (a sync loop and
 * a {@code sync} command run beside it) first take turns on a permit per folder, then on the file.
 */
final class SyncLock implements AutoCloseable {

    static final String FILE = "sync.lock";

    /** One permit per incident folder this process has synced; folders are few, so entries are kept. */
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore permit;
    private final FileChannel channel;
    private final FileLock lock;

    private SyncLock(Semaphore permit, FileChannel channel, FileLock lock) {
        this.permit = permit;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for the lock (another replicator finishes its cycle within seconds). */
    static SyncLock acquire(Path incidentDir) throws IOException {
        // The file is opened only once the permit is held: closing any channel of a file drops the locks this
        // process holds on it, so a waiter that gave up (interrupted) must not have had one open.
        Path file = incidentDir.toRealPath().resolve(FILE);
        Semaphore permit = IN_PROCESS.computeIfAbsent(file, p -> new Semaphore(1));
        try {
            permit.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while waiting for this incident's other sync to finish");
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new SyncLock(permit, ch, ch.lock());
        } catch (IOException | RuntimeException e) {
            try {
                if (ch != null) {
                    ch.close();
                }
            } finally {
                permit.release();
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                permit.release();
            }
        }
    }
}
