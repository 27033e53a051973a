package sitrep.incident.sync;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import sitrep.incident.AtomicWrite;
import sitrep.incident.IncidentJournal;
import sitrep.json.SharedGson;

/**
 * Which files in {@code journal/} are mirrors of other machines' journals. Each mirror has a marker
 * {@code <file>.mirror} beside it naming the store journal it copies; the marker is written before the
 * mirror, so a file without one is always this machine's own. Normally a mirror has the store journal's
 * name, so every machine reads the same file names (the merge breaks ties on them); only when that name
 * is taken here by a local journal does the mirror get the owner's replica id appended.
 */
final class MirrorIndex {

    private static final System.Logger LOG = System.getLogger(MirrorIndex.class.getName());
    private static final Gson GSON = SharedGson.COMPACT;
    /** A store journal name this machine will write as a file: no folders, no hidden files. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,120}\\.jsonl");

    private record Marker(String journal, String replica) {
    }

    private final Path journalDir;
    /** Store journal name -> mirror file. */
    private final Map<String, MirrorFile> byJournal = new HashMap<>();

    MirrorIndex(Path journalDir) {
        this.journalDir = journalDir;
    }

    /** Reads the markers (after a restart, or when another process may have added mirrors). */
    void scan() throws IOException {
        if (!Files.isDirectory(journalDir)) {
            return;
        }
        List<Path> markers;
        try (Stream<Path> s = Files.list(journalDir)) {
            markers = s.filter(p -> p.getFileName().toString().endsWith(IncidentJournal.MIRROR_MARKER_SUFFIX)).toList();
        }
        for (Path m : markers) {
            String fileName = m.getFileName().toString();
            String local = fileName.substring(0, fileName.length() - IncidentJournal.MIRROR_MARKER_SUFFIX.length());
            try {
                Marker marker = GSON.fromJson(Files.readString(m, StandardCharsets.UTF_8), Marker.class);
                if (marker != null && marker.journal() != null && !byJournal.containsKey(marker.journal())) {
                    byJournal.put(marker.journal(), new MirrorFile(journalDir.resolve(local)));
                }
            } catch (JsonParseException e) {
                LOG.log(Level.WARNING, m + " is unreadable; " + local + " is treated as a mirror all the same");
            }
        }
    }

    /** True when {@code file} (a name in journal/) is a mirror rather than this machine's own journal. */
    boolean isMirror(String fileName) {
        return Files.exists(journalDir.resolve(fileName + IncidentJournal.MIRROR_MARKER_SUFFIX));
    }

    /**
     * The mirror of a store journal, creating it (marker first) on first sight. Returns null when the
     * name is unsafe or a local writer claimed the file at the same moment (then it is tried again next
     * cycle, under the owner-suffixed name).
     */
    MirrorFile mirrorOf(String journal, UUID owner) throws IOException {
        return mirrorOf(journal, journal, owner);
    }

    /** As {@link #mirrorOf(String, UUID)}, for a store journal whose file name differs (evidence/NAME). */
    MirrorFile mirrorOf(String journal, String fileName, UUID owner) throws IOException {
        MirrorFile known = byJournal.get(journal);
        if (known != null) {
            return known;
        }
        if (!SAFE.matcher(fileName).matches()) {
            throw new IOException("the store names a journal '" + journal + "' that is not a safe file name; skipped");
        }
        String stem = fileName.substring(0, fileName.length() - ".jsonl".length());
        String[] candidates = {fileName, stem + "-" + owner.toString().replace("-", "").substring(0, 8) + ".jsonl"};
        for (String name : candidates) {
            Path file = journalDir.resolve(name);
            Path marker = journalDir.resolve(name + IncidentJournal.MIRROR_MARKER_SUFFIX);
            if (Files.exists(file) || Files.exists(marker)) {
                continue;
            }
            Files.createDirectories(journalDir);
            try {
                AtomicWrite.writeNew(marker, GSON.toJson(new Marker(journal, owner.toString()))
                        .getBytes(StandardCharsets.UTF_8));
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            if (!claimEmpty(file)) {
                // A responder here opened a journal of that name between our check and the marker: it is theirs.
                Files.deleteIfExists(marker);
                return null;
            }
            MirrorFile mirror = new MirrorFile(file);
            byJournal.put(journal, mirror);
            return mirror;
        }
        throw new IOException("no free file name for a mirror of " + journal + " in " + journalDir);
    }

    /** Creates the file, or takes it when it is empty and unlocked (a writer that saw the marker let it go). */
    private static boolean claimEmpty(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                return false;
            } catch (IOException e) {
                return ch.size() == 0;
            }
            if (lock == null) {
                return false;
            }
            try {
                return ch.size() == 0;
            } finally {
                lock.release();
            }
        }
    }
}
