package sitrep.source.status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;
import sitrep.domain.StatusIncident;
import sitrep.json.SharedGson;
import sitrep.source.JsonShapeException;
import sitrep.source.WireTime;

/**
 * Atlassian Statuspage v2: summary.json, status.json and components.json. Group rows are aggregates of
 * their children, so they become the children's {@code group} rather than rows of their own.
 */
final class StatuspageFormat {

    private StatuspageFormat() {
    }

    static boolean matches(JsonObject root) {
        JsonElement status = root.get("status");
        JsonElement components = root.get("components");
        // Instatus's components endpoint is the list alone: entries with a name and a status word.
        boolean componentList = components != null && components.isJsonArray() && components.getAsJsonArray().size() > 0
                && components.getAsJsonArray().get(0).isJsonObject()
                && components.getAsJsonArray().get(0).getAsJsonObject().has("status");
        return root.has("page") && root.get("page").isJsonObject()
                || status != null && status.isJsonObject() && status.getAsJsonObject().has("indicator")
                || componentList;
    }

    /** A component's status, as Statuspage writes it ("partial_outage") or Instatus does ("PARTIALOUTAGE"). */
    static HealthLevel component(String status) {
        if (status == null) {
            return HealthLevel.UNKNOWN;
        }
        return switch (status.toLowerCase(Locale.ROOT).replace("_", "")) {
            case "operational", "up" -> HealthLevel.OPERATIONAL;
            case "degradedperformance" -> HealthLevel.DEGRADED;
            case "partialoutage" -> HealthLevel.PARTIAL_OUTAGE;
            case "majoroutage", "down" -> HealthLevel.MAJOR_OUTAGE;
            case "undermaintenance" -> HealthLevel.MAINTENANCE;
            default -> HealthLevel.UNKNOWN;
        };
    }

    /** Instatus's page status: "UP", "HASISSUES", "UNDERMAINTENANCE". */
    static HealthLevel pageStatus(String status) {
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "UP" -> HealthLevel.OPERATIONAL;
            case "HASISSUES" -> HealthLevel.DEGRADED;
            case "UNDERMAINTENANCE" -> HealthLevel.MAINTENANCE;
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

    /** The wire form of summary.json, status.json and components.json, bound by Gson. */
    record PageWire(JsonElement page, JsonElement status, List<ComponentWire> components, List<IncidentWire> incidents,
                    @SerializedName("scheduled_maintenances") List<IncidentWire> scheduledMaintenances,
                    List<InstatusIncidentWire> activeIncidents, List<InstatusIncidentWire> activeMaintenances) {
    }

    /** Instatus's summary.json: {@code activeIncidents} and {@code activeMaintenances} beside its {@code page}. */
    record InstatusIncidentWire(String name, String status, String impact, String started) {
    }

    record ComponentWire(String id, String name, String status, Boolean group,
                         @SerializedName("group_id") String groupId, @SerializedName("updated_at") String updatedAt) {
    }

    record IncidentWire(String name, String status, String impact,
                        @SerializedName("started_at") String startedAt, @SerializedName("created_at") String createdAt,
                        @SerializedName("scheduled_for") String scheduledFor,
                        @SerializedName("incident_updates") List<UpdateWire> updates) {
    }

    record UpdateWire(String status, String body, @SerializedName("display_at") String displayAt,
                      @SerializedName("created_at") String createdAt) {
    }

    static StatusReading read(JsonObject root) {
        PageWire page = SharedGson.COMPACT.fromJson(root, PageWire.class);
        List<ComponentStatus> components = components(orEmpty(page.components()));
        List<HealthLevel> levels = new ArrayList<>();
        components.forEach(c -> levels.add(c.level()));
        if (page.status() != null && page.status().isJsonObject()) {
            JsonElement indicator = page.status().getAsJsonObject().get("indicator");
            levels.add(indicator(indicator != null && indicator.isJsonPrimitive() ? indicator.getAsString() : null));
        }
        if (page.page() != null && page.page().isJsonObject()) {
            JsonElement instatus = page.page().getAsJsonObject().get("status");
            if (instatus != null && instatus.isJsonPrimitive()) {
                levels.add(pageStatus(instatus.getAsString()));
            }
        }
        List<StatusIncident> incidents = new ArrayList<>();
        for (IncidentWire i : orEmpty(page.incidents())) {
            if (!"resolved".equals(i.status()) && !"postmortem".equals(i.status())) {
                incidents.add(incident(i, false, firstOf(i.startedAt(), i.createdAt())));
                // An open incident is at least as bad as its impact, also where no component or indicator says so
                // (incidents/unresolved.json).
                levels.add(i.impact() == null ? HealthLevel.UNKNOWN : indicator(i.impact()));
            }
        }
        for (InstatusIncidentWire i : orEmpty(page.activeIncidents())) {
            HealthLevel impact = component(i.impact());
            incidents.add(new StatusIncident(String.valueOf(i.name()), lower(i.status()), lower(i.impact()), false,
                    WireTime.instant(i.started()), List.of()));
            levels.add(impact == HealthLevel.UNKNOWN ? HealthLevel.DEGRADED : impact);
        }
        for (InstatusIncidentWire m : orEmpty(page.activeMaintenances())) {
            incidents.add(new StatusIncident(String.valueOf(m.name()), lower(m.status()), null, true,
                    WireTime.instant(m.started()), List.of()));
        }
        for (IncidentWire m : orEmpty(page.scheduledMaintenances())) {
            if (!"completed".equals(m.status())) {
                incidents.add(incident(m, true, firstOf(m.scheduledFor(), m.createdAt())));
            }
        }
        return new StatusReading(SourceKind.STATUSPAGE, HealthLevel.worstOf(levels), null, components, incidents,
                List.of());
    }

    private static List<ComponentStatus> components(List<ComponentWire> rows) {
        Map<String, String> groupNames = new HashMap<>();
        Set<String> parents = new HashSet<>();
        for (ComponentWire c : rows) {
            if (Boolean.TRUE.equals(c.group())) {
                groupNames.put(c.id(), c.name());
            }
            if (c.groupId() != null) {
                parents.add(c.groupId());
            }
        }
        List<ComponentStatus> out = new ArrayList<>();
        for (ComponentWire c : rows) {
            if (groupNames.containsKey(c.id()) && parents.contains(c.id())) {
                continue;
            }
            HealthLevel level = component(c.status());
            out.add(new ComponentStatus(String.valueOf(c.name()), groupNames.get(c.groupId()), level,
                    WireTime.instant(c.updatedAt()), level == HealthLevel.UNKNOWN ? "status " + c.status() : null));
        }
        return out;
    }

    private static StatusIncident incident(IncidentWire i, boolean maintenance, Instant startedAt) {
        List<StatusIncident.Update> updates = new ArrayList<>();
        for (UpdateWire u : orEmpty(i.updates())) {
            updates.add(new StatusIncident.Update(u.status(), u.body(), firstOf(u.displayAt(), u.createdAt())));
        }
        return new StatusIncident(String.valueOf(i.name()), i.status(), i.impact(), maintenance, startedAt, updates);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static Instant firstOf(String a, String b) {
        Instant t = WireTime.instant(a);
        return t != null ? t : WireTime.instant(b);
    }

    /** A list without nulls: an element that is JSON null is not a row, as before binding. */
    private static <T> List<T> orEmpty(List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (T t : list) {
            if (t == null) {
                throw new JsonShapeException("expected an entry to be an object but found null");
            }
        }
        return list;
    }
}
