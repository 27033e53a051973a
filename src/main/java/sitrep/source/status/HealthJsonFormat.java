package sitrep.source.status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;
import sitrep.source.JsonTree;

/**
 * IETF draft "Health Check Response Format for HTTP APIs" (application/health+json): status pass, warn
 * or fail (with the aliases ok/up and error/down), and "checks" keyed {@code component:measurement},
 * each an array of check objects. The source's level is the top-level status.
 */
final class HealthJsonFormat {

    static final String MEDIA_TYPE = "application/health+json";
    private static final Set<String> WORDS = Set.of("pass", "ok", "up", "warn", "fail", "error", "down");

    private HealthJsonFormat() {
    }

    static boolean matches(JsonObject root, String mediaType) {
        if (MEDIA_TYPE.equals(mediaType)) {
            return true;
        }
        String status = root.get("status") != null && root.get("status").isJsonPrimitive()
                ? root.get("status").getAsString() : null;
        return status != null && (WORDS.contains(status) || root.get("checks") instanceof JsonObject);
    }

    static HealthLevel level(String status) {
        if (status == null) {
            return HealthLevel.UNKNOWN;
        }
        return switch (status) {
            case "pass", "ok", "up" -> HealthLevel.OPERATIONAL;
            case "warn" -> HealthLevel.DEGRADED;
            case "fail", "error", "down" -> HealthLevel.MAJOR_OUTAGE;
            default -> HealthLevel.UNKNOWN;
        };
    }

    static StatusReading read(JsonObject root) {
        List<ComponentStatus> out = new ArrayList<>();
        if (root.get("checks") instanceof JsonObject checks) {
            for (Map.Entry<String, JsonElement> e : checks.entrySet()) {
                String key = e.getKey();
                int colon = key.indexOf(':');
                String group = colon > 0 ? key.substring(0, colon) : null;
                List<JsonObject> entries = new ArrayList<>();
                for (JsonElement c : JsonTree.array(e.getValue(), "check \"" + key + "\"")) {
                    entries.add(JsonTree.object(c, "an entry of check \"" + key + "\""));
                }
                for (JsonObject c : entries) {
                    String id = JsonTree.string(c, "componentId");
                    String name = entries.size() > 1 && id != null ? key + " [" + id + "]" : key;
                    String status = JsonTree.string(c, "status");
                    out.add(new ComponentStatus(name, group, level(status), JsonTree.instant(c, "time"),
                            detail(c, status)));
                }
            }
        }
        String version = JsonTree.string(root, "version");
        if (version == null) {
            version = JsonTree.string(root, "releaseId");
        }
        List<String> notes = new ArrayList<>();
        String output = JsonTree.string(root, "output");
        if (output != null && !output.isBlank()) {
            notes.add(output);
        }
        notes.addAll(JsonTree.strings(root, "notes"));
        return new StatusReading(SourceKind.HEALTH_JSON, level(JsonTree.string(root, "status")), version, out,
                List.of(), notes);
    }

    private static String detail(JsonObject c, String status) {
        String output = JsonTree.string(c, "output");
        if (output != null && !output.isBlank()) {
            return output;
        }
        String value = JsonTree.string(c, "observedValue");
        if (value != null) {
            String unit = JsonTree.string(c, "observedUnit");
            return unit == null ? value : value + " " + unit;
        }
        return "pass".equals(status) ? null : status;
    }
}
