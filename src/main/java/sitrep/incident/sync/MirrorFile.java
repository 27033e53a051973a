package sitrep.incident.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The local copy of another machine's journal: append-only, in the journal's own format, line for line
 * the same as the original so replay numbers its records identically everywhere.
 *
 * <p>Crash safety rests on one invariant: <b>the mirror's count of complete lines is the pull cursor</b>.
 * Nothing else records progress, so a kill between writing and any bookkeeping cannot lose or double a
 * line. A kill in the middle of an append leaves a last line without its newline; that fragment is a partial
 * copy of a line the store still has, so it is cut off before the next append (the one place a journal
 * file is ever shortened, and only a mirror's unterminated tail, which replay never reads as a record).
 *
 * <p>Callers hold the folder's sync lock ({@link SyncLock}), so one process at a time appends.
 */
final class MirrorFile {

    private final Path file;
    private long lines;
    private long size = -1;

    MirrorFile(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Complete lines in the file; re-counted when another process appended since this one last looked. */
    long lines() throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            sync(ch);
        }
        return lines;
    }

    /** Appends whole lines (each without its newline) and forces them to disk. */
    void append(List<String> newLines) throws IOException {
        if (newLines.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (String l : newLines) {
            sb.append(l).append('\n');
        }
        ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            sync(ch);
            long pos = size;
            int len = buf.remaining();
            while (buf.hasRemaining()) {
                pos += ch.write(buf, pos);
            }
            ch.force(false);
            size += len;
            lines += newLines.size();
        }
    }

    /** Brings the cached size and count up to date and cuts an unterminated tail. */
    private void sync(FileChannel ch) throws IOException {
        long actual = ch.size();
        if (actual == size) {
            return;
        }
        long count = 0;
        long lastNewlineEnd = 0;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long pos = 0;
        int n;
        while ((n = ch.read(buf, pos)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buf.get(i) == '\n') {
                    count++;
                    lastNewlineEnd = pos + i + 1;
                }
            }
            pos += n;
            buf.clear();
        }
        if (lastNewlineEnd < actual) {
            ch.truncate(lastNewlineEnd);
            ch.force(false);
        }
        lines = count;
        size = lastNewlineEnd;
    }
}
