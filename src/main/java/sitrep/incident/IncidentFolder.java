package sitrep.incident;

import com.google.gson.Gson;
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
import sitrep.json.JsonNode;
import sitrep.json.JsonPathException;
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
        Read read = read(file);
        return new IncidentFolder(dir, read.incident(), read.id());
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

    /** incident.json as read: the incident, and its id (null in folders from before ids). */
    private record Read(Incident incident, String id) {
    }

    private static Read read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            JsonNode root = JsonNode.parse(text);
            if (!root.has("zone") || !root.has("start")) {
                throw new IllegalArgumentException(file + " lacks the incident's zone or start");
            }
            IncidentZone zone = IncidentZone.parse(root.field("zone").string());
            Incident incident = new Incident(root.string("title", ""), zone, instant(root.field("start")),
                    root.has("end") ? instant(root.field("end")) : null, root.string("severity", null),
                    root.stringMap("roles"), root.bool("drill", false));
            String id = root.string("id", null);
            return new Read(incident, id == null || id.isBlank() ? null : id);
        } catch (JsonPathException e) {
            throw new IllegalArgumentException(file + " is not valid incident JSON: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                throw e;
            }
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static Instant instant(JsonNode n) {
        try {
            return Instant.parse(n.string());
        } catch (DateTimeParseException e) {
            throw n.error("expected an instant like 2026-06-10T21:05:00Z, found \"" + n.string() + "\"");
        }
    }

    private static String readId(Path file) throws IOException {
        return read(file).id();
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
