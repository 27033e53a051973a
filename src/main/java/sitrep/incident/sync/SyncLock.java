package sitrep.incident.sync;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One replicator at a time per incident folder (the console and {@code sitrep sync} may both run): an
 * exclusive lock on {@code <incident>/sync.lock}, held for one cycle. The system drops it when the process
 * dies, so a killed replicator never blocks the next one.
 */
final class SyncLock implements AutoCloseable {

    static final String FILE = "sync.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private SyncLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for the lock (another replicator finishes its cycle within seconds). */
    static SyncLock acquire(Path incidentDir) throws IOException {
        FileChannel ch = FileChannel.open(incidentDir.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            return new SyncLock(ch, ch.lock());
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
