package sitrep.panels.grafana;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The dashboard's {@code templating.list} as {@link DashboardVariable}s, in Grafana's order. */
final class VariableReader {

    private VariableReader() {
    }

    static List<DashboardVariable> read(JsonObject dashboard) {
        List<DashboardVariable> out = new ArrayList<>();
        for (JsonElement e : Json.array(Json.object(dashboard, "templating"), "list")) {
            if (!e.isJsonObject()) {
                continue;
            }
            JsonObject v = e.getAsJsonObject();
            String name = Json.string(v, "name");
            if (name.isBlank()) {
                continue;
            }
            String type = Json.string(v, "type");
            out.add(new DashboardVariable(name, Json.string(v, "label"), type.isEmpty() ? "query" : type,
                    query(v), Json.string(v, "regex"), Json.bool(v, "multi"), Json.bool(v, "includeAll"),
                    v.has("allValue") && !v.get("allValue").isJsonNull() && !Json.string(v, "allValue").isEmpty()
                            ? Json.string(v, "allValue") : null,
                    options(v), current(v), sort(v), hidden(v, type), auto(v)));
        }
        return out;
    }

    /** Older dashboards save the query as a string, newer ones as {@code {"query": ..., "refId": ...}}. */
    private static String query(JsonObject v) {
        JsonElement q = v.get("query");
        if (q != null && q.isJsonObject()) {
            return Json.string(q.getAsJsonObject(), "query");
        }
        String s = Json.text(q);
        if (s.isEmpty() && "query".equals(Json.string(v, "type"))) {
            return Json.string(v, "definition");
        }
        return s;
    }

    private static List<String> options(JsonObject v) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonElement o : Json.array(v, "options")) {
            if (o.isJsonObject()) {
                for (String value : values(o.getAsJsonObject().get("value"))) {
                    if (!value.equals(DashboardVariable.ALL)) {
                        out.add(value);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> current(JsonObject v) {
        JsonObject c = Json.object(v, "current");
        List<String> values = values(c.get("value"));
        if (values.isEmpty()) {
            values = values(c.get("text"));
        }
        // Grafana saves "All" as the value $__all; older versions wrote the text "All" alone.
        if (values.size() == 1 && values.get(0).equals("All") && Json.bool(v, "includeAll")
                && !options(v).contains("All")) {
            return List.of(DashboardVariable.ALL);
        }
        return values;
    }

    private static List<String> values(JsonElement e) {
        List<String> out = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return out;
        }
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                if (x.isJsonPrimitive()) {
                    out.add(x.getAsString());
                }
            }
        } else if (e.isJsonPrimitive()) {
            out.add(e.getAsString());
        }
        return out;
    }

    private static int sort(JsonObject v) {
        Double s = Json.number(v, "sort");
        return s == null ? 0 : s.intValue();
    }

    /** hide: 0 shown, 1 label hidden, 2 variable hidden; a constant is never shown. */
    private static boolean hidden(JsonObject v, String type) {
        Double hide = Json.number(v, "hide");
        return type.equals("constant") || (hide != null && hide.intValue() == 2);
    }

    private static DashboardVariable.AutoInterval auto(JsonObject v) {
        if (!"interval".equals(Json.string(v, "type")) || !Json.bool(v, "auto")) {
            return null;
        }
        Double count = Json.number(v, "auto_count");
        String min = Json.string(v, "auto_min");
        return new DashboardVariable.AutoInterval(count == null ? 30 : count.intValue(), min.isEmpty() ? "10s" : min);
    }
}
