package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import sitrep.incident.AtomicWrite;

/**
 * Where {@code --out} may write: a new file, or (with {@code --force}) an existing regular file. A FIFO
 * would block the export forever, a device would be written to, a symbolic link would lead the write
 * somewhere the user did not name; all are refused before anything is rendered.
 */
final class OutputTarget {

    private OutputTarget() {
    }

    /** Why {@code file} is not a place to write an export, or empty when it is. */
    static Optional<String> refusal(Path file) {
        if (Files.isSymbolicLink(file)) {
            return Optional.of(file + " is a symbolic link; give the path of a regular file");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(file + (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? " is a folder"
                    : " is not a regular file (a pipe, socket or device)") + "; give the path of a regular file");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return Optional.of("no such folder: " + parent);
        }
        return Optional.empty();
    }

    /**
     * Writes {@code text} to {@code file} atomically, replacing an existing file only when {@code force}; the
     * caller has checked {@link #refusal} first. False, with one line on {@code err}, when the file exists.
     */
    static boolean write(Path file, boolean force, String text, PrintWriter err) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (force) {
                AtomicWrite.write(file, bytes);
            } else {
                AtomicWrite.writeNew(file, bytes);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            err.println("sitrep: " + file + " exists; use --force to overwrite it");
            err.flush();
            return false;
        }
    }
}
