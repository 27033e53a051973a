package sitrep.panels.grafana;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells which plugin a panel's or target's datasource reference names. Grafana wrote these four ways over
 * the years: nothing (the default datasource), a name ({@code "Prometheus"}), a variable or shared-export
 * input ({@code "$ds"}, {@code "${DS_PROMETHEUS}"}), and an object {@code {"type", "uid"}}.
 */
final class DatasourceKinds {

    static final String PROMETHEUS = "prometheus";
    static final String MIXED = "mixed";
    /** No reference: Grafana's default datasource, which a dashboard shared for Prometheus almost always is. */
    static final String DEFAULT = "default";

    private final Map<String, String> byName = new HashMap<>();
    private final String defaultKind;

    /** @param dashboard the whole dashboard: its {@code __inputs}, {@code __requires} and datasource variables */
    DatasourceKinds(JsonObject dashboard) {
        for (JsonElement in : Json.array(dashboard, "__inputs")) {
            if (in.isJsonObject() && "datasource".equals(Json.string(in.getAsJsonObject(), "type"))) {
                byName.put(Json.string(in.getAsJsonObject(), "name"),
                        Json.string(in.getAsJsonObject(), "pluginId").toLowerCase(Locale.ROOT));
            }
        }
        JsonObject templating = Json.object(dashboard, "templating");
        for (JsonElement v : Json.array(templating, "list")) {
            if (v.isJsonObject() && "datasource".equals(Json.string(v.getAsJsonObject(), "type"))) {
                String query = Json.text(v.getAsJsonObject().get("query")).toLowerCase(Locale.ROOT);
                byName.put(Json.string(v.getAsJsonObject(), "name"), query);
            }
        }
        // A shared export lists the datasource plugins it needs; with only Prometheus there, the default is it.
        String required = null;
        for (JsonElement r : Json.array(dashboard, "__requires")) {
            if (r.isJsonObject() && "datasource".equals(Json.string(r.getAsJsonObject(), "type"))) {
                String id = Json.string(r.getAsJsonObject(), "id").toLowerCase(Locale.ROOT);
                required = required == null || required.equals(id) ? id : MIXED;
            }
        }
        defaultKind = required == null || required.equals(MIXED) ? DEFAULT : required;
    }

    /** The plugin id (prometheus, loki, testdata ...), {@link #MIXED}, or {@link #DEFAULT} when unknown. */
    String kindOf(JsonElement ref) {
        if (ref == null || ref.isJsonNull()) {
            return defaultKind;
        }
        if (ref.isJsonPrimitive()) {
            return byReference(ref.getAsString());
        }
        if (!ref.isJsonObject()) {
            return defaultKind;
        }
        JsonObject o = ref.getAsJsonObject();
        String type = Json.string(o, "type").toLowerCase(Locale.ROOT);
        String uid = Json.string(o, "uid");
        if (uid.equals("-- Mixed --") || type.equals(MIXED)) {
            return MIXED;
        }
        if (uid.equals("-- Grafana --") || type.equals("grafana")) {
            return "grafana";
        }
        if (type.equals("datasource") && uid.equals("-- Dashboard --")) {
            return "dashboard";
        }
        if (!type.isEmpty() && !type.equals("datasource")) {
            return normalise(type);
        }
        return uid.isEmpty() ? defaultKind : byReference(uid);
    }

    private String byReference(String ref) {
        String s = ref.strip();
        if (s.equals("-- Mixed --")) {
            return MIXED;
        }
        if (s.equals("-- Grafana --")) {
            return "grafana";
        }
        String name = s;
        if (s.startsWith("${") && s.endsWith("}")) {
            name = s.substring(2, s.length() - 1);
        } else if (s.startsWith("$")) {
            name = s.substring(1);
        }
        String known = byName.get(name);
        if (known != null && !known.isEmpty()) {
            return normalise(known);
        }
        // A datasource named after its plugin ("Prometheus", "prometheus-main", "Loki") says what it is.
        String lower = s.toLowerCase(Locale.ROOT);
        for (String plugin : new String[] {"prometheus", "loki", "elasticsearch", "influx", "graphite", "testdata",
            "mysql", "postgres", "tempo", "jaeger", "cloudwatch"}) {
            if (lower.contains(plugin)) {
                return normalise(plugin);
            }
        }
        return defaultKind;
    }

    private static String normalise(String plugin) {
        String p = plugin.toLowerCase(Locale.ROOT);
        if (p.contains("testdata")) {
            return "testdata";
        }
        if (p.contains("prometheus")) {
            return PROMETHEUS;
        }
        return p;
    }

    /** A plugin id in words for a skipped panel's reason. */
    static String displayName(String kind) {
        return switch (kind) {
            case "loki" -> "Loki";
            case "testdata" -> "TestData";
            case "elasticsearch" -> "Elasticsearch";
            case "influx", "influxdb" -> "InfluxDB";
            case "graphite" -> "Graphite";
            case "grafana" -> "Grafana's built-in";
            case "dashboard" -> "another panel's";
            case "__expr__" -> "Grafana expression (math over other queries)";
            default -> kind.isEmpty() ? "an unknown" : kind;
        };
    }
}
