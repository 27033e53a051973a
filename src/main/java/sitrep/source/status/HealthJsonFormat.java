package sitrep.source.status;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;
import sitrep.json.SharedGson;
import sitrep.source.JsonShapeException;
import sitrep.source.WireTime;

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

    /** The wire form, bound by Gson: checks are keyed {@code component:measurement}, each an array. */
    record HealthWire(String status, String version, String releaseId, String output, List<String> notes,
                      Map<String, List<CheckWire>> checks) {
    }

    record CheckWire(String componentId, String status, String time, String output, String observedValue,
                     String observedUnit) {
    }

    static StatusReading read(JsonObject root) {
        HealthWire h = SharedGson.COMPACT.fromJson(root, HealthWire.class);
        List<ComponentStatus> out = new ArrayList<>();
        if (h.checks() != null) {
            for (Map.Entry<String, List<CheckWire>> e : h.checks().entrySet()) {
                String key = e.getKey();
                int colon = key.indexOf(':');
                String group = colon > 0 ? key.substring(0, colon) : null;
                List<CheckWire> entries = e.getValue() == null ? List.of() : e.getValue();
                for (CheckWire c : entries) {
                    if (c == null) {
                        throw new JsonShapeException("expected an entry of check \"" + key
                                + "\" to be an object but found null");
                    }
                    String name = entries.size() > 1 && c.componentId() != null ? key + " [" + c.componentId() + "]"
                            : key;
                    out.add(new ComponentStatus(name, group, level(c.status()), WireTime.instant(c.time()),
                            detail(c)));
                }
            }
        }
        String version = h.version() != null ? h.version() : h.releaseId();
        List<String> notes = new ArrayList<>();
        if (h.output() != null && !h.output().isBlank()) {
            notes.add(h.output());
        }
        if (h.notes() != null) {
            notes.addAll(h.notes());
        }
        return new StatusReading(SourceKind.HEALTH_JSON, level(h.status()), version, out, List.of(), notes);
    }

    private static String detail(CheckWire c) {
        if (c.output() != null && !c.output().isBlank()) {
            return c.output();
        }
        if (c.observedValue() != null) {
            return c.observedUnit() == null ? c.observedValue() : c.observedValue() + " " + c.observedUnit();
        }
        return "pass".equals(c.status()) ? null : c.status();
    }
}
