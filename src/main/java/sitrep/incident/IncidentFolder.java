package sitrep.incident;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.json.SharedGson;

/**
 * An incident on disk: {@code incident.json} (title, zone, start, end, severity, roles, drill),
 * {@code journal/} with one append-only JSON Lines file per responder, {@code evidence/} for attached
 * data. The folder can be shared (network share, sync tool) because no two responders write one file;
 * {@code incident.json} is rewritten atomically and only when the incident's facts are edited.
 */
public final class IncidentFolder {

    public static final String INCIDENT_FILE = "incident.json";
    public static final String JOURNAL_DIR = "journal";
    public static final String EVIDENCE_DIR = "evidence";

    private static final Gson GSON = SharedGson.PRETTY;

    /** The wire form of incident.json. */
    @SuppressWarnings("unused")
    private static final class Wire {
        int v = 1;
        /** The incident's stable id (a UUID): the same on every machine that shares it through a store. */
        String id;
        String title;
        String zone;
        String start;
        String end;
        String severity;
        Map<String, String> roles;
        boolean drill;
    }

    private final Path dir;
    private Incident incident;
    private String id;

    private IncidentFolder(Path dir, Incident incident, String id) {
        this.dir = dir;
        this.incident = incident;
        this.id = id;
    }

    /**
     * Opens an existing incident folder.
     *
     * @throws IOException              when there is no incident folder at {@code dir}, or it cannot be read
     * @throws IllegalArgumentException when incident.json names an unknown zone or is malformed
     */
    public static IncidentFolder open(Path dir) throws IOException {
        Path file = dir.resolve(INCIDENT_FILE);
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such folder: " + dir);
        }
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file + " is a symbolic link; Sitrep does not follow it out of the incident folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(dir + " is not an incident folder (it has no " + INCIDENT_FILE + ")");
        }
        return new IncidentFolder(dir, read(file), readId(file));
    }

    /** Opens the folder, or creates it with {@code initial} when it has no incident.json yet. */
    public static IncidentFolder openOrCreate(Path dir, Incident initial) throws IOException {
        if (Files.isRegularFile(dir.resolve(INCIDENT_FILE)) || Files.isSymbolicLink(dir.resolve(INCIDENT_FILE))) {
            return open(dir);
        }
        try {
            Files.createDirectories(dir.resolve(JOURNAL_DIR));
            Files.createDirectories(dir.resolve(EVIDENCE_DIR));
        } catch (FileSystemException e) {
            throw new IOException("cannot create the incident folder " + dir + ": " + IncidentJournal.reason(e), e);
        }
        IncidentFolder folder = new IncidentFolder(dir, initial, UUID.randomUUID().toString());
        folder.save(initial);
        return folder;
    }

    private static Incident read(Path file) throws IOException {
        Wire w;
        try {
            w = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Wire.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + " is not valid incident JSON: " + e.getMessage(), e);
        }
        if (w == null || w.zone == null || w.start == null) {
            throw new IllegalArgumentException(file + " lacks the incident's zone or start");
        }
        try {
            IncidentZone zone = IncidentZone.parse(w.zone);
            return new Incident(w.title == null ? "" : w.title, zone, Instant.parse(w.start),
                    w.end == null ? null : Instant.parse(w.end), w.severity, w.roles, w.drill);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static String readId(Path file) throws IOException {
        Wire w = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Wire.class);
        return w == null || w.id == null || w.id.isBlank() ? null : w.id;
    }

    /**
     * The incident's stable id, given (and saved in incident.json) on first use: folders from before ids
     * get one when they are first shared.
     */
    public synchronized String id() throws IOException {
        if (id == null) {
            id = UUID.randomUUID().toString();
            save(incident);
        }
        return id;
    }

    /** Writes incident.json atomically (temp file, force, atomic move). */
    public synchronized void save(Incident updated) throws IOException {
        if (id == null && Files.isRegularFile(dir.resolve(INCIDENT_FILE))) {
            // Another IncidentFolder on the same folder (the team store's replicator) may have given it one.
            id = readId(dir.resolve(INCIDENT_FILE));
        }
        Wire w = new Wire();
        w.id = id;
        w.title = updated.title();
        w.zone = updated.zone().label();
        w.start = updated.start().toString();
        w.end = updated.end() == null ? null : updated.end().toString();
        w.severity = updated.severity();
        w.roles = new LinkedHashMap<>(updated.roles());
        w.drill = updated.drill();
        AtomicWrite.write(dir.resolve(INCIDENT_FILE), (GSON.toJson(w) + "\n").getBytes(StandardCharsets.UTF_8));
        incident = updated;
    }

    public synchronized Incident incident() {
        return incident;
    }

    public Path dir() {
        return dir;
    }

    public Path journalDir() {
        return dir.resolve(JOURNAL_DIR);
    }

    public Path evidenceDir() {
        return dir.resolve(EVIDENCE_DIR);
    }

    /** Claims this author's journal file in the folder (see {@link IncidentJournal} on sharing). */
    public IncidentJournal openJournal(String author) throws IOException {
        return IncidentJournal.open(journalDir(), author);
    }

    /** A reader positioned at the start of the folder's journal, for replay followed by watching. */
    public JournalReader newReader() {
        return new JournalReader(journalDir());
    }
}
