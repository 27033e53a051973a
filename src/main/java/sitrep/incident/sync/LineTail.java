package sitrep.incident.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a local journal file's complete lines as text, remembering how far it got so each push reads only
 * what was appended. A last line without its newline is left alone: it is still being written or torn, and
 * only its newline makes it part of the journal (the same rule as {@link sitrep.incident.JournalReader}).
 */
final class LineTail {

    private static final int CHUNK = 1 << 20;

    private final Path file;
    /** Bytes up to and including the newline of line {@code lines}. */
    private long offset;
    private long lines;

    LineTail(Path file) {
        this.file = file;
    }

    /** Counts the file's complete lines (reading only what is new since the last call). */
    long completeLines() throws IOException {
        if (size() < offset) {
            offset = 0;
            lines = 0;
        }
        read(Long.MAX_VALUE, 0, null);
        return lines;
    }

    /**
     * Lines {@code from, from+1, ...}, at most {@code max}, complete lines only. Line numbers are 1-based
     * and count every line, blank or unreadable ones too, exactly as replay numbers them.
     */
    List<String> linesFrom(long from, int max) throws IOException {
        if (from - 1 < lines || size() < offset) {
            offset = 0;
            lines = 0;
        }
        List<String> out = new ArrayList<>();
        read(from, max, out);
        return out;
    }

    private long size() throws IOException {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            return 0;
        }
    }

    /** Advances line by line; lines numbered from {@code from} on are collected into {@code out} (if any). */
    private void read(long from, int max, List<String> out) throws IOException {
        long size = size();
        if (size <= offset) {
            return;
        }
        ByteArrayOutputStream partial = new ByteArrayOutputStream();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, size - offset));
            long pos = offset;
            while (pos < size) {
                buf.clear();
                buf.limit((int) Math.min(buf.capacity(), size - pos));
                int n = ch.read(buf, pos);
                if (n <= 0) {
                    return;
                }
                byte[] bytes = buf.array();
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (bytes[i] != '\n') {
                        continue;
                    }
                    partial.write(bytes, start, i - start);
                    start = i + 1;
                    lines++;
                    offset += partial.size() + 1;
                    if (out != null && lines >= from) {
                        out.add(text(partial.toByteArray()));
                        if (out.size() >= max) {
                            partial.reset();
                            return;
                        }
                    }
                    partial.reset();
                }
                partial.write(bytes, start, n - start);
                pos += n;
            }
        }
    }

    /**
     * A line as text the store can hold: invalid UTF-8 (a torn multi-byte character) becomes U+FFFD and NUL,
     * which PostgreSQL text refuses, too. Such a line is unreadable to replay anyway, here and elsewhere.
     */
    static String text(byte[] bytes) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            s = new String(bytes, StandardCharsets.UTF_8);
        }
        return s.indexOf('\0') >= 0 ? s.replace('\0', '\uFFFD') : s;
    }
}
