package sitrep.incident.sync;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import sitrep.incident.IncidentFolder;

/**
 * What the store lists about an incident, read from its incident.json as it is on disk: title, severity and
 * status when present (a field this Sitrep does not know yet is kept in {@code json} all the same).
 */
record IncidentFacts(String title, String severity, String status, String json) {

    static IncidentFacts read(Path incidentDir) throws IOException {
        String json = Files.readString(incidentDir.resolve(IncidentFolder.INCIDENT_FILE), StandardCharsets.UTF_8);
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            return new IncidentFacts(text(o, "title"), text(o, "severity"), text(o, "status"), json);
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(incidentDir.resolve(IncidentFolder.INCIDENT_FILE) + " is not valid incident JSON");
        }
    }

    private static String text(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return field.equals("title") ? "" : null;
        }
        if (e.isJsonPrimitive()) {
            String s = e.getAsString();
            return s.isBlank() && !field.equals("title") ? null : s;
        }
        // A richer status (an object) is listed by its "state" or "value" when it has one.
        if (e.isJsonObject()) {
            for (String k : new String[] {"state", "value", "level", "name"}) {
                if (e.getAsJsonObject().has(k) && e.getAsJsonObject().get(k).isJsonPrimitive()) {
                    return e.getAsJsonObject().get(k).getAsString();
                }
            }
        }
        return null;
    }
}
