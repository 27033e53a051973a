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
import sitrep.incident.command.CommandFolder;
import sitrep.incident.command.IncidentCommand;
import sitrep.incident.command.IncidentState;

/**
 * What the store lists about an incident: its title from incident.json, and its severity and status from
 * incident.json when present there, else as the journal's incident-command records have them now (a field
 * this Sitrep does not know yet is kept in {@code json} all the same).
 */
record IncidentFacts(String title, String severity, String status, String json) {

    static IncidentFacts read(Path incidentDir) throws IOException {
        String json = Files.readString(incidentDir.resolve(IncidentFolder.INCIDENT_FILE), StandardCharsets.UTF_8);
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            String severity = text(o, "severity");
            String status = text(o, "status");
            if (severity == null || status == null) {
                IncidentCommand command = journaledCommand(incidentDir);
                if (command != null) {
                    severity = severity != null ? severity : command.severity().map(Enum::name).orElse(null);
                    status = status != null ? status : command.state().map(IncidentState::wireName).orElse(null);
                }
            }
            return new IncidentFacts(text(o, "title"), severity, status, json);
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(incidentDir.resolve(IncidentFolder.INCIDENT_FILE) + " is not valid incident JSON");
        }
    }

    /** The folded incident command, or null when the journal cannot be read now (the listing then says unknown). */
    private static IncidentCommand journaledCommand(Path incidentDir) {
        try {
            return CommandFolder.read(incidentDir).command();
        } catch (IOException | RuntimeException e) {
            return null;
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
