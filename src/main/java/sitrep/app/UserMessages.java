package sitrep.app;

import com.google.gson.JsonParseException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import sitrep.domain.LibraryText;
import sitrep.domain.SecretMask;
import sitrep.domain.TerminalText;

/**
 * The one line a person sees for a failure that reached the top of a command: file system problems in
 * plain words ("permission denied: PATH", "no such folder: PATH"), never a library's class name or hint,
 * never a secret, and safe to print on a terminal.
 */
final class UserMessages {

    private UserMessages() {
    }

    static String of(Throwable e) {
        return TerminalText.escape(SecretMask.mask(raw(e)));
    }

    private static String raw(Throwable e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return missing(n.getFile());
        }
        if (e instanceof NotDirectoryException n) {
            return "not a folder: " + n.getFile();
        }
        if (e instanceof FileSystemException f) {
            String why = f.getReason() == null ? "cannot be used" : f.getReason().toLowerCase(Locale.ROOT);
            return f.getFile() + ": " + why;
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof JsonParseException) {
            String where = LibraryText.where(e.getMessage());
            return "not valid JSON (" + (where.isEmpty() ? "unreadable" : where.strip()) + ")";
        }
        String msg = e.getMessage();
        if (msg == null || msg.isBlank() || e instanceof NullPointerException || e instanceof ClassCastException) {
            // Not "see the log": a command logs the failure only at debug level, which is not shown by default.
            return "an unexpected internal error stopped this command; please report it with the command you ran";
        }
        return LibraryText.plain(msg);
    }

    /** "no such folder: PATH" when the missing thing is (or should be) a folder, else "no such file". */
    static String missing(String path) {
        if (path == null) {
            return "no such file or folder";
        }
        Path p = Path.of(path);
        Path parent = p.toAbsolutePath().getParent();
        boolean folderMissing = parent != null && !Files.isDirectory(parent);
        boolean looksLikeFile = p.getFileName() != null && p.getFileName().toString().contains(".");
        return (folderMissing || !looksLikeFile ? "no such folder: " + (folderMissing ? parent : p)
                : "no such file: " + p);
    }
}
