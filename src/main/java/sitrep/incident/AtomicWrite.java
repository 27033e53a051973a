package sitrep.incident;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;

/**
 * Replaces a whole file so that a reader sees the old content or the new one, never a mix, even after a
 * crash: temp file in the same folder, force, atomic rename, force the folder. The one whole-file write
 * of the project: incident.json, settings, exports, sync state.
 */
public final class AtomicWrite {

    private AtomicWrite() {
    }

    /** Writes {@code file} atomically, replacing it if it exists. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, new FileAttribute<?>[0]);
    }

    /**
     * Writes {@code file} atomically with the temp file (and so the result) created with {@code attrs}, e.g.
     * mode 0600 for a file holding tokens: the content is never readable by others, not even for a moment.
     */
    public static void write(Path file, byte[] bytes, FileAttribute<?>... attrs) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = forcedTemp(dir, file, bytes, attrs);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        IncidentJournal.forceDirectory(dir);
    }

    /**
     * Writes {@code file} atomically only if it does not exist yet. A rename would silently replace a file
     * created meanwhile, so the complete temp file is hard-linked to the name instead, which fails if the
     * name is taken; where the file system has no hard links, it falls back to check-then-rename.
     *
     * @throws FileAlreadyExistsException when {@code file} exists; it is left untouched
     */
    public static void writeNew(Path file, byte[] bytes) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = forcedTemp(dir, file, bytes);
        try {
            try {
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        IncidentJournal.forceDirectory(dir);
    }

    private static Path forcedTemp(Path dir, Path file, byte[] bytes, FileAttribute<?>... attrs)
            throws IOException {
        Path tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp", attrs);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }
}
