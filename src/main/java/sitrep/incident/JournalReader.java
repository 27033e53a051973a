package sitrep.incident;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every responder's journal file in a folder, remembering per file how far it got, so each call
 * reads only the bytes appended since the previous one. A last line without its newline is left for a
 * later call: it is either still being written or torn, and only a newline tells the two apart.
 */
public final class JournalReader {

    private static final System.Logger LOG = System.getLogger(JournalReader.class.getName());
    private static final int CHUNK = 1 << 20;

    private final Path journalDir;
    private final Map<String, Cursor> cursors = new HashMap<>();
    /** Where each record id was first read ("file line N"), to tell a duplicate from the same line read again. */
    private final Map<String, String> firstSeen = new HashMap<>();
    /** The record that added each entry: a second "entry.added" for one entry is a duplicate. */
    private final Map<String, String> addedBy = new HashMap<>();

    /** How far one file has been consumed: bytes up to and including the last complete line. */
    private static final class Cursor {
        long offset;
        long lines;
    }

    public JournalReader(Path journalDir) {
        this.journalDir = journalDir;
    }

    public Path journalDir() {
        return journalDir;
    }

    /** Reads what was appended to any journal file since the last call (everything, the first time). */
    public synchronized JournalBatch readNew() throws IOException {
        List<Journaled> records = new ArrayList<>();
        List<ReplayWarning> warnings = new ArrayList<>();
        List<ReplayWarning> tails = new ArrayList<>();
        for (Path file : journalFiles()) {
            readFile(file, records, warnings, tails);
        }
        records.sort(Journaled.ORDER);
        return new JournalBatch(records, warnings, tails);
    }

    private List<Path> journalFiles() throws IOException {
        if (!Files.isDirectory(journalDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(journalDir)) {
            // A journal planted as a symbolic link is not followed out of the folder (nor read at all).
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")
                    && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    private void readFile(Path file, List<Journaled> records, List<ReplayWarning> warnings,
                          List<ReplayWarning> tails) throws IOException {
        String name = file.getFileName().toString();
        Cursor cursor = cursors.computeIfAbsent(name, n -> new Cursor());
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return;
        }
        if (size < cursor.offset) {
            // Journals only grow. Someone truncated or replaced this one; start over and let record ids dedupe.
            warnings.add(new ReplayWarning(name, cursor.lines, "the file shrank from " + cursor.offset + " to "
                    + size + " bytes; it was read again from the start"));
            cursor.offset = 0;
            cursor.lines = 0;
        }
        if (size == cursor.offset) {
            return;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, size - cursor.offset));
            long pos = cursor.offset;
            while (pos < size) {
                buf.clear();
                buf.limit((int) Math.min(buf.capacity(), size - pos));
                int n = ch.read(buf, pos);
                if (n <= 0) {
                    break;
                }
                byte[] bytes = buf.array();
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (bytes[i] == '\n') {
                        cursor.lines++;
                        String text;
                        if (line.size() == 0) {
                            text = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                            cursor.offset += i - start + 1;
                        } else {
                            // The line began in the previous chunk.
                            line.write(bytes, start, i - start);
                            text = line.toString(StandardCharsets.UTF_8);
                            cursor.offset += line.size() + 1;
                            line.reset();
                        }
                        parse(text, name, cursor.lines, records, warnings);
                        start = i + 1;
                    }
                }
                line.write(bytes, start, n - start);
                pos += n;
            }
        }
        if (line.size() > 0) {
            tails.add(new ReplayWarning(name, cursor.lines + 1, "the last line is incomplete (" + line.size()
                    + " bytes without a newline: a torn write, or one still in progress)"));
        }
    }

    private void parse(String text, String file, long lineNo, List<Journaled> records,
                       List<ReplayWarning> warnings) {
        if (text.isBlank()) {
            return;
        }
        JournalCodec.Decoded d = JournalCodec.decode(text);
        if (d.record() == null) {
            warn(warnings, new ReplayWarning(file, lineNo, d.problem()));
            return;
        }
        JournalRecord r = d.record();
        String here = file + " line " + lineNo;
        String first = firstSeen.putIfAbsent(r.id(), here);
        if (first != null) {
            if (!first.equals(here)) {
                warn(warnings, new ReplayWarning(file, lineNo, "record id " + r.id() + " was already used at "
                        + first + "; this duplicate is ignored"));
            }
            // The same line read again (the file was replaced) is simply not applied twice.
            return;
        }
        if (r.type() == JournalRecord.Type.ENTRY_ADDED) {
            String earlier = addedBy.putIfAbsent(r.entryId(), here);
            if (earlier != null) {
                warn(warnings, new ReplayWarning(file, lineNo, "entry " + r.entryId() + " was already added at "
                        + earlier + "; this second \"entry.added\" is ignored"));
                return;
            }
        }
        records.add(new Journaled(r, file, lineNo));
    }

    /** Callers show the warnings to the user; the log only keeps them at debug level, so each shows once. */
    private static void warn(List<ReplayWarning> warnings, ReplayWarning w) {
        LOG.log(Level.DEBUG, w.toString());
        warnings.add(w);
    }
}
