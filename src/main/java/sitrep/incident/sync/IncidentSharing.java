package sitrep.incident.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import sitrep.incident.AtomicWrite;
import sitrep.incident.IncidentFolder;

/** Sharing a local incident through a store, and joining one from it. */
public final class IncidentSharing {

    private IncidentSharing() {
    }

    /** The store URL this folder is shared through (from its sync.json), or null. */
    public static String storeOf(Path incidentDir) throws IOException {
        return SyncState.storeOf(incidentDir);
    }

    /** Records in the folder which store it is shared through, so later syncs need no URL. */
    public static void remember(IncidentFolder folder, StoreAddress address) throws IOException {
        SyncState state = SyncState.load(folder.dir());
        if (!address.toString().equals(state.store())) {
            state.withStore(address.toString()).save(folder.dir());
        }
    }

    /**
     * Creates {@code dir} as a local copy of the store's incident {@code id}: its incident.json as shared,
     * empty journal and evidence folders; the first sync fills the journal. Joining a folder that already
     * holds this incident does nothing; one that holds another is refused.
     */
    public static IncidentFolder join(TeamStore store, String id, Path dir) throws IOException, StoreException {
        UUID uuid;
        try {
            uuid = UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("'" + id + "' is not an incident id (a UUID as listed by sitrep incidents)");
        }
        String json = store.incidentJson(uuid).orElseThrow(
                () -> new IOException("the store at " + store.address() + " has no incident " + uuid));
        Path file = dir.resolve(IncidentFolder.INCIDENT_FILE);
        if (Files.isRegularFile(file)) {
            IncidentFolder existing = IncidentFolder.open(dir);
            if (!uuid.toString().equals(existing.id())) {
                throw new IOException(dir + " already holds another incident; choose an empty folder");
            }
        } else {
            checkId(json, uuid);
            Files.createDirectories(dir.resolve(IncidentFolder.JOURNAL_DIR));
            Files.createDirectories(dir.resolve(IncidentFolder.EVIDENCE_DIR));
            try {
                AtomicWrite.writeNew(file, json.getBytes(StandardCharsets.UTF_8));
            } catch (FileAlreadyExistsException e) {
                throw new IOException(dir + " was given an incident meanwhile; join again to check it");
            }
        }
        IncidentFolder folder = IncidentFolder.open(dir);
        remember(folder, store.address());
        return folder;
    }

    private static void checkId(String json, UUID uuid) throws IOException {
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            if (!o.has("id") || !uuid.toString().equals(o.get("id").getAsString())) {
                throw new IOException("the store's incident " + uuid + " carries another id in its incident.json");
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new IOException("the store's incident " + uuid + " has an unreadable incident.json");
        }
    }
}
