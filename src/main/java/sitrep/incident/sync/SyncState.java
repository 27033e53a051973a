package sitrep.incident.sync;

import sitrep.domain.LibraryText;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import sitrep.incident.AtomicWrite;
import sitrep.json.SharedGson;

/**
 * This folder's side of sharing, {@code <incident>/sync.json}: which store it is shared through and the
 * replica id that names this copy of the folder in the store. Progress is deliberately not kept here (the
 * store's line counts and the mirrors' own lengths are the cursors), so this file changes only when an
 * incident is shared or joined.
 */
record SyncState(UUID replica, String store) {

    static final String FILE = "sync.json";
    private static final Gson GSON = SharedGson.PRETTY;

    @SuppressWarnings("unused")
    private static final class Wire {
        int v = 1;
        String replica;
        String store;
    }

    /** The folder's state; a new replica id is made (and saved) the first time. */
    static SyncState load(Path incidentDir) throws IOException {
        Path file = incidentDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                Wire w = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Wire.class);
                if (w != null && w.replica != null) {
                    return new SyncState(UUID.fromString(w.replica), w.store);
                }
            } catch (JsonParseException | IllegalArgumentException e) {
                throw new IOException(file + " is damaged (" + (e instanceof JsonParseException
                        ? "not valid JSON" + LibraryText.where(e.getMessage()) : "not a replica id")
                        + "); move it aside to share this folder as a new copy");
            }
        }
        SyncState fresh = new SyncState(UUID.randomUUID(), null);
        fresh.save(incidentDir);
        return fresh;
    }

    SyncState withStore(String url) {
        return new SyncState(replica, url);
    }

    void save(Path incidentDir) throws IOException {
        Wire w = new Wire();
        w.replica = replica.toString();
        w.store = store;
        AtomicWrite.write(incidentDir.resolve(FILE), (GSON.toJson(w) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The store URL this folder was shared with or joined from, if any (readable without a replica). */
    static String storeOf(Path incidentDir) throws IOException {
        Path file = incidentDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return load(incidentDir).store();
    }
}
