package sitrep.source.status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;

/**
 * Spring Boot Actuator health in its three shapes: 1.x puts indicators beside "status", 2.0-2.1 under
 * "details", 2.2+ under "components". In all three a child is a member that is an object with a
 * "status", so one rule walks them all, nested composites included ("db/primary").
 *
 * <p>The source's level is the application's own verdict (the root status): Spring already aggregates,
 * and an UNKNOWN leaf under an UP root is not an outage.
 */
final class ActuatorFormat {

    private ActuatorFormat() {
    }

    static HealthLevel level(String status) {
        if (status == null) {
            return HealthLevel.UNKNOWN;
        }
        String s = status.toUpperCase(Locale.ROOT);
        switch (s) {
            case "UP":
                return HealthLevel.OPERATIONAL;
            case "DOWN":
            case "OUT_OF_SERVICE":
                return HealthLevel.MAJOR_OUTAGE;
            case "UNKNOWN":
                return HealthLevel.UNKNOWN;
            default:
                // Custom statuses: honour the common words, otherwise admit we cannot tell.
                if (s.contains("DEGRADED") || s.contains("WARN")) {
                    return HealthLevel.DEGRADED;
                }
                if (s.contains("MAINT")) {
                    return HealthLevel.MAINTENANCE;
                }
                if (s.contains("PARTIAL")) {
                    return HealthLevel.PARTIAL_OUTAGE;
                }
                return HealthLevel.UNKNOWN;
        }
    }

    static StatusReading read(JsonObject root) {
        List<ComponentStatus> out = new ArrayList<>();
        walk(root, null, out);
        return new StatusReading(SourceKind.ACTUATOR, level(status(root)), null, out, List.of(),
                List.of());
    }

    private static void walk(JsonObject node, String path, List<ComponentStatus> out) {
        for (Map.Entry<String, JsonElement> child : children(node).entrySet()) {
            JsonObject c = child.getValue().getAsJsonObject();
            String name = path == null ? child.getKey() : path + "/" + child.getKey();
            String status = status(c);
            HealthLevel level = level(status);
            out.add(new ComponentStatus(name, path, level, null, detail(c, status, level)));
            walk(c, name, out);
        }
    }

    /** A node's "status", which {@link #children} and the format's detection already made sure is a value. */
    private static String status(JsonObject node) {
        JsonElement s = node.get("status");
        return s != null && s.isJsonPrimitive() ? s.getAsString() : null;
    }

    private static Map<String, JsonElement> children(JsonObject node) {
        JsonObject holder = node;
        if (node.get("components") instanceof JsonObject comps) {
            holder = comps;
        } else if (node.get("details") instanceof JsonObject details && hasStatusMember(details)) {
            holder = details;
        }
        Map<String, JsonElement> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : holder.entrySet()) {
            if (e.getValue() instanceof JsonObject o && o.get("status") != null && o.get("status").isJsonPrimitive()) {
                out.put(e.getKey(), o);
            }
        }
        return out;
    }

    private static boolean hasStatusMember(JsonObject o) {
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (e.getValue() instanceof JsonObject c && c.has("status")) {
                return true;
            }
        }
        return false;
    }

    private static String detail(JsonObject c, String status, HealthLevel level) {
        if (level == HealthLevel.OPERATIONAL) {
            return null;
        }
        if (c.get("details") instanceof JsonObject d && d.get("error") != null && d.get("error").isJsonPrimitive()) {
            return status + ": " + d.get("error").getAsString();
        }
        return status;
    }
}
