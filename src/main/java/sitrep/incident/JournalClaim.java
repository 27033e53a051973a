package sitrep.incident;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Finds and locks the journal file one session writes: the author's own file, or a new session file beside it
 * when another console holds that one, or a session file without a lock where the file system has none.
 */
final class JournalClaim {

    private static final System.Logger LOG = System.getLogger(JournalClaim.class.getName());

    /** A claimed file, open for writing; {@code lock} is null on a file system without locks. */
    record Claimed(Path file, FileChannel channel, FileLock lock) {
    }

    private JournalClaim() {
    }

    /** Claims {@code <slug>.jsonl} in {@code journalDir}, else a {@code <slug>-<session>.jsonl} of its own. */
    static Claimed claim(Path journalDir, String slug) throws IOException {
        try {
            Claimed claimed = tryClaim(journalDir.resolve(slug + ".jsonl"));
            while (claimed == null) {
                claimed = tryClaim(sessionFile(journalDir, slug));
            }
            return claimed;
        } catch (LockUnsupported e) {
            // Some network file systems cannot lock at all. A file of our own, never reused, needs no lock.
            LOG.log(Level.INFO, "no file locks in " + journalDir + " (" + e.getCause() + "); using a session file");
            Path file = sessionFile(journalDir, slug);
            return new Claimed(file, open(file), null);
        }
    }

    /** Thrown when the file system has no locks, so that {@link #claim} can fall back. */
    private static final class LockUnsupported extends Exception {
        LockUnsupported(IOException cause) {
            super(cause);
        }
    }

    private static Path sessionFile(Path journalDir, String slug) {
        String session = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        return journalDir.resolve(slug + "-" + session + ".jsonl");
    }

    private static FileChannel open(Path file) throws IOException {
        try {
            // Never through a link: a journal file planted as a symlink must not lead writes out of the folder.
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (FileSystemException e) {
            throw new IOException("cannot write the journal " + file + ": " + IncidentJournal.reason(e), e);
        }
    }

    /** This file with its lock held, or null when another console (or this JVM) holds it. */
    private static Claimed tryClaim(Path file) throws IOException, LockUnsupported {
        if (Files.isSymbolicLink(file)) {
            LOG.log(Level.WARNING, file + " is a symbolic link; it is neither followed nor written, a session file is"
                    + " used instead");
            return null;
        }
        FileChannel ch = open(file);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            LOG.log(Level.DEBUG, file + " is already open in this process");
            lock = null;
        } catch (IOException e) {
            ch.close();
            throw new LockUnsupported(e);
        }
        if (lock == null) {
            ch.close();
            return null;
        }
        // Checked with the lock held: the replicator writes the marker before it takes the same lock.
        if (IncidentJournal.isMirror(file)) {
            lock.release();
            ch.close();
            return null;
        }
        return new Claimed(file, ch, lock);
    }
}
