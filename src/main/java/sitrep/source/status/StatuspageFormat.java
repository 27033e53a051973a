package sitrep.source.status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;
import sitrep.domain.StatusIncident;
import sitrep.source.JsonTree;

/**
 * Atlassian Statuspage v2: summary.json, status.json and components.json. Group rows are aggregates of
 * their children, so they become the children's {@code group} rather than rows of their own.
 */
final class StatuspageFormat {

    private StatuspageFormat() {
    }

    static boolean matches(JsonObject root) {
        JsonElement status = root.get("status");
        return root.has("page") && root.get("page").isJsonObject()
                || status != null && status.isJsonObject() && status.getAsJsonObject().has("indicator");
    }

    static HealthLevel component(String status) {
        if (status == null) {
            return HealthLevel.UNKNOWN;
        }
        return switch (status) {
            case "operational" -> HealthLevel.OPERATIONAL;
            case "degraded_performance" -> HealthLevel.DEGRADED;
            case "partial_outage" -> HealthLevel.PARTIAL_OUTAGE;
            case "major_outage" -> HealthLevel.MAJOR_OUTAGE;
            case "under_maintenance" -> HealthLevel.MAINTENANCE;
            default -> HealthLevel.UNKNOWN;
        };
    }

    static HealthLevel indicator(String indicator) {
        if (indicator == null) {
            return HealthLevel.UNKNOWN;
        }
        return switch (indicator) {
            case "none" -> HealthLevel.OPERATIONAL;
            case "minor" -> HealthLevel.DEGRADED;
            case "major" -> HealthLevel.PARTIAL_OUTAGE;
            case "critical" -> HealthLevel.MAJOR_OUTAGE;
            case "maintenance" -> HealthLevel.MAINTENANCE;
            default -> HealthLevel.UNKNOWN;
        };
    }

    static StatusReading read(JsonObject root) {
        List<ComponentStatus> components = components(root);
        List<HealthLevel> levels = new ArrayList<>();
        components.forEach(c -> levels.add(c.level()));
        JsonElement status = root.get("status");
        if (status != null && status.isJsonObject()) {
            levels.add(indicator(JsonTree.string(status.getAsJsonObject(), "indicator")));
        }
        List<StatusIncident> incidents = new ArrayList<>();
        for (JsonElement e : JsonTree.arrayOrEmpty(root, "incidents")) {
            JsonObject i = JsonTree.object(e, "an incident");
            String st = JsonTree.string(i, "status");
            if (!"resolved".equals(st) && !"postmortem".equals(st)) {
                incidents.add(incident(i, false, firstOf(i, "started_at", "created_at")));
            }
        }
        for (JsonElement e : JsonTree.arrayOrEmpty(root, "scheduled_maintenances")) {
            JsonObject m = JsonTree.object(e, "a scheduled maintenance");
            if (!"completed".equals(JsonTree.string(m, "status"))) {
                incidents.add(incident(m, true, firstOf(m, "scheduled_for", "created_at")));
            }
        }
        return new StatusReading(SourceKind.STATUSPAGE, HealthLevel.worstOf(levels), null, components, incidents,
                List.of());
    }

    private static List<ComponentStatus> components(JsonObject root) {
        Map<String, String> groupNames = new HashMap<>();
        Set<String> parents = new HashSet<>();
        List<JsonObject> rows = new ArrayList<>();
        for (JsonElement e : JsonTree.arrayOrEmpty(root, "components")) {
            JsonObject c = JsonTree.object(e, "a component");
            rows.add(c);
            if (c.has("group") && c.get("group").isJsonPrimitive() && c.get("group").getAsBoolean()) {
                groupNames.put(JsonTree.string(c, "id"), JsonTree.string(c, "name"));
            }
            String parent = JsonTree.string(c, "group_id");
            if (parent != null) {
                parents.add(parent);
            }
        }
        List<ComponentStatus> out = new ArrayList<>();
        for (JsonObject c : rows) {
            String id = JsonTree.string(c, "id");
            if (groupNames.containsKey(id) && parents.contains(id)) {
                continue;
            }
            String status = JsonTree.string(c, "status");
            HealthLevel level = component(status);
            out.add(new ComponentStatus(String.valueOf(JsonTree.string(c, "name")),
                    groupNames.get(JsonTree.string(c, "group_id")), level, JsonTree.instant(c, "updated_at"),
                    level == HealthLevel.UNKNOWN ? "status " + status : null));
        }
        return out;
    }

    private static StatusIncident incident(JsonObject i, boolean maintenance, Instant startedAt) {
        List<StatusIncident.Update> updates = new ArrayList<>();
        for (JsonElement e : JsonTree.arrayOrEmpty(i, "incident_updates")) {
            JsonObject u = JsonTree.object(e, "an incident update");
            updates.add(new StatusIncident.Update(JsonTree.string(u, "status"), JsonTree.string(u, "body"),
                    firstOf(u, "display_at", "created_at")));
        }
        return new StatusIncident(String.valueOf(JsonTree.string(i, "name")), JsonTree.string(i, "status"),
                JsonTree.string(i, "impact"), maintenance, startedAt, updates);
    }

    private static Instant firstOf(JsonObject o, String a, String b) {
        Instant t = JsonTree.instant(o, a);
        return t != null ? t : JsonTree.instant(o, b);
    }
}
