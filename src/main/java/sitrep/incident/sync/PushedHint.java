package sitrep.incident.sync;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import sitrep.incident.AtomicWrite;
import sitrep.json.SharedGson;

/**
 * How many lines of each local journal the store had at the last successful push, kept only so the status
 * bar can say "12 records waiting" before the store has been reached in this session. Never a cursor: a
 * stale or missing hint only changes that number.
 */
final class PushedHint {

    private static final System.Logger LOG = System.getLogger(PushedHint.class.getName());
    static final String FILE = "sync-pushed.json";
    private static final Gson GSON = SharedGson.COMPACT;

    private final Path file;
    private Map<String, Long> counts;

    PushedHint(Path incidentDir) {
        this.file = incidentDir.resolve(FILE);
    }

    long pushed(String localJournal) {
        if (counts == null) {
            counts = load();
        }
        return counts.getOrDefault(localJournal, 0L);
    }

    void save(Map<String, Long> latest) {
        counts = new HashMap<>(latest);
        try {
            AtomicWrite.write(file, GSON.toJson(counts).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "cannot write " + file + ": " + e.getMessage());
        }
    }

    private Map<String, Long> load() {
        try {
            if (Files.isRegularFile(file)) {
                Map<String, Long> m = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8),
                        new TypeToken<Map<String, Long>>() { }.getType());
                return m == null ? new HashMap<>() : new HashMap<>(m);
            }
        } catch (IOException | JsonParseException e) {
            LOG.log(Level.DEBUG, "ignoring " + file + ": " + e.getMessage());
        }
        return new HashMap<>();
    }
}
