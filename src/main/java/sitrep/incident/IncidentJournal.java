package sitrep.incident;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * One responder's append-only journal file, {@code journal/<author-slug>.jsonl}. Each record is one JSON
 * line, written and forced to disk before {@link #append} returns, so a note the UI shows as saved
 * survives a crash or power cut.
 *
 * <p>Exactly one process writes a file. The file is claimed with an exclusive {@link FileLock}; when a
 * second console of the same author already holds it (or the same JVM opened it twice), this session
 * writes {@code journal/<author-slug>-<random session id>.jsonl} instead. Network shares and sync tools
 * may not honour locks, which is why files are per responder in the first place: two machines only ever
 * clash when the same person writes from both at once, and then the lock is the best that can be done.
 *
 * <p>A file that ends without a newline (a write torn by a crash) gets one before the next record, so the
 * fragment stays a single line that replay skips; the file is never rewritten or truncated.
 */
public final class IncidentJournal implements RecordAppender, Closeable {

    private static final System.Logger LOG = System.getLogger(IncidentJournal.class.getName());
    private static final byte NEWLINE = '\n';
    /**
     * Beside a journal file, {@code <file>.mirror} marks it as a copy of another machine's journal kept by
     * the team store's replicator ({@code sitrep.incident.sync}); no responder here may claim it.
     */
    public static final String MIRROR_MARKER_SUFFIX = ".mirror";

    private final Path file;
    private final FileChannel channel;
    /** Null on a file system without locks (see {@link #open}). */
    private final FileLock lock;
    private long lines;
    /** Set after a failed write, which may have left part of a line behind. */
    private boolean tailUnknown = true;

    private IncidentJournal(Path file, FileChannel channel, FileLock lock) throws IOException {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.lines = countLines(channel);
    }

    /**
     * Opens (creating if needed) this author's journal file in {@code journalDir}.
     *
     * @throws IOException with a message naming the folder when it cannot be created or written
     */
    public static IncidentJournal open(Path journalDir, String author) throws IOException {
        if (Files.isSymbolicLink(journalDir)) {
            throw new IOException("the journal folder " + journalDir
                    + " is a symbolic link; Sitrep does not follow it out of the incident folder");
        }
        try {
            Files.createDirectories(journalDir);
        } catch (FileSystemException e) {
            throw new IOException("cannot create the journal folder " + journalDir + ": " + reason(e), e);
        }
        JournalClaim.Claimed claimed = JournalClaim.claim(journalDir, slug(author));
        IncidentJournal journal;
        try {
            journal = new IncidentJournal(claimed.file(), claimed.channel(), claimed.lock());
        } catch (IOException | RuntimeException e) {
            claimed.channel().close();
            throw e;
        }
        forceDirectory(journalDir);
        LOG.log(Level.DEBUG, "journal opened: " + journal.file);
        return journal;
    }

    /** True when {@code file} is another machine's journal mirrored here (see {@link #MIRROR_MARKER_SUFFIX}). */
    public static boolean isMirror(Path file) {
        return Files.exists(file.resolveSibling(file.getFileName() + MIRROR_MARKER_SUFFIX));
    }

    /** The file name part for an author: lower-case letters, digits and dashes, never empty. */
    public static String slug(String author) {
        String s = author == null ? "" : author.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40);
        }
        return s.isEmpty() ? "responder" : s;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Journaled append(JournalRecord record) throws IOException {
        byte[] line = (JournalCodec.encode(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            long end = channel.size();
            if (tailUnknown && end > 0 && lastByte(end) != NEWLINE) {
                end += writeAt(new byte[] {NEWLINE}, end);
                lines++;
            }
            tailUnknown = true;
            writeAt(line, end);
            // force(false) is fdatasync: it also flushes the file length, which is all a reader needs.
            channel.force(false);
            tailUnknown = false;
        } catch (IOException e) {
            recountAfterFailure();
            throw new IOException("could not save to the journal " + file + ": " + reason(e), e);
        }
        lines++;
        return new Journaled(record, file.getFileName().toString(), lines);
    }

    /**
     * Appends many records with one force at the end, for writing a whole new incident at once (an import,
     * built aside and moved into place, so a crash midway leaves nothing to recover). {@code progress} hears
     * how many records are written so far, every few thousand.
     */
    public synchronized void appendAll(List<JournalRecord> records, IntConsumer progress) throws IOException {
        final int chunk = 4096;
        try {
            long end = channel.size();
            if (tailUnknown && end > 0 && lastByte(end) != NEWLINE) {
                end += writeAt(new byte[] {NEWLINE}, end);
                lines++;
            }
            tailUnknown = true;
            for (int from = 0; from < records.size(); from += chunk) {
                StringBuilder text = new StringBuilder(chunk * 160);
                int to = Math.min(records.size(), from + chunk);
                for (int i = from; i < to; i++) {
                    text.append(JournalCodec.encode(records.get(i))).append('\n');
                }
                end += writeAt(text.toString().getBytes(StandardCharsets.UTF_8), end);
                lines += to - from;
                progress.accept(to);
            }
            channel.force(false);
            tailUnknown = false;
        } catch (IOException e) {
            recountAfterFailure();
            throw new IOException("could not save to the journal " + file + ": " + reason(e), e);
        }
    }

    /** A failed write or force may or may not have left a whole line; line numbers must stay exact. */
    private void recountAfterFailure() {
        try {
            lines = countLines(channel);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot re-read " + file + " after a failed write: " + e);
        }
    }

    private int writeAt(byte[] bytes, long position) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long pos = position;
        while (buf.hasRemaining()) {
            pos += channel.write(buf, pos);
        }
        return bytes.length;
    }

    private byte lastByte(long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, size - 1);
        return one.get(0);
    }

    private static long countLines(FileChannel ch) throws IOException {
        long count = 0;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long pos = 0;
        int n;
        while ((n = ch.read(buf, pos)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buf.get(i) == NEWLINE) {
                    count++;
                }
            }
            pos += n;
            buf.clear();
        }
        return count;
    }

    /** Makes a new file's directory entry durable; some file systems refuse, which only costs durability. */
    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.DEBUG, "cannot force directory " + dir + ": " + e);
        }
    }

    /** A file system failure in plain words ("permission denied: PATH"), never the exception's class name. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such folder: " + Path.of(missing.getFile()).toAbsolutePath().getParent();
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
