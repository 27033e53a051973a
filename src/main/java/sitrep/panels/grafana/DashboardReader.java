package sitrep.panels.grafana;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Grafana dashboard's JSON of any vintage: a bare dashboard, a shared export ({@code __inputs},
 * {@code __requires}), or the API's {@code {"dashboard": ..., "meta": ...}}; panels in the old top-level
 * {@code rows}, at the top level, or nested in collapsed {@code row} panels.
 */
public final class DashboardReader {

    private DashboardReader() {
    }

    /** @throws GrafanaFormatException with one line saying what is wrong, never Gson's own text */
    public static ImportedDashboard read(String json) throws GrafanaFormatException {
        return read(new StringReader(json));
    }

    public static ImportedDashboard read(Reader in) throws GrafanaFormatException {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(in);
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException | StackOverflowError e) {
            throw new GrafanaFormatException("not valid JSON" + where(e));
        }
        if (root == null || root.isJsonNull()) {
            throw new GrafanaFormatException("not a Grafana dashboard: it is empty");
        }
        if (root.isJsonPrimitive()) {
            // Read leniently, a page or a YAML file is one bare word: say what it looks like instead.
            throw new GrafanaFormatException(root.getAsString().startsWith("<")
                    ? "not a Grafana dashboard: it is a web page (HTML), not JSON; from a Grafana address, a sign-in"
                            + " page means the server wants a token (sourceOptions in the settings)"
                    : "not a Grafana dashboard: it is not JSON (YAML, or plain text?)");
        }
        if (!root.isJsonObject()) {
            throw new GrafanaFormatException("not a Grafana dashboard: the JSON is a list, not a dashboard's object");
        }
        JsonObject dashboard = root.getAsJsonObject();
        Map<String, String> constants = constantInputs(dashboard);
        if (dashboard.has("dashboard") && dashboard.get("dashboard").isJsonObject()) {
            dashboard = dashboard.getAsJsonObject("dashboard");
        }
        if (!constants.isEmpty()) {
            dashboard = (JsonObject) withInputs(dashboard, constants);
        }
        if (!dashboard.has("panels") && !dashboard.has("rows")) {
            throw new GrafanaFormatException("not a Grafana dashboard: it has neither \"panels\" nor \"rows\"");
        }
        PanelReader panels = new PanelReader(new DatasourceKinds(dashboard));
        List<ImportedPanel> imported = new ArrayList<>();
        List<SkippedPanel> skipped = new ArrayList<>();
        for (JsonObject p : allPanels(dashboard)) {
            Object r = panels.read(p);
            if (r instanceof ImportedPanel ip) {
                imported.add(ip);
            } else {
                skipped.add((SkippedPanel) r);
            }
        }
        skipped.addAll(panels.queriesLeftOut());
        return new ImportedDashboard(Json.string(dashboard, "title"), Json.string(dashboard, "uid"), imported,
                skipped, VariableReader.read(dashboard));
    }

    /**
     * A shared export's constant inputs ({@code __inputs} of type "constant", {@code "${VAR_JOB}"} in the dashboard):
     * Grafana puts the value the exporter gave (or the person importing chose) in place of every mention, and so
     * does the reader; left as written, {@code job="${VAR_JOB}"} went to Prometheus and the chart stayed empty.
     */
    private static Map<String, String> constantInputs(JsonObject root) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonElement in : Json.array(root, "__inputs")) {
            if (in.isJsonObject() && "constant".equals(Json.string(in.getAsJsonObject(), "type"))) {
                String name = Json.string(in.getAsJsonObject(), "name");
                String value = Json.string(in.getAsJsonObject(), "value");
                if (!name.isEmpty() && !value.isEmpty()) {
                    values.put("${" + name + "}", value);
                }
            }
        }
        return values;
    }

    /** A copy of the tree with each constant input's mention replaced in every string. */
    private static JsonElement withInputs(JsonElement e, Map<String, String> values) {
        if (e.isJsonObject()) {
            JsonObject copy = new JsonObject();
            e.getAsJsonObject().entrySet().forEach(m -> copy.add(m.getKey(), withInputs(m.getValue(), values)));
            return copy;
        }
        if (e.isJsonArray()) {
            JsonArray copy = new JsonArray();
            e.getAsJsonArray().forEach(x -> copy.add(withInputs(x, values)));
            return copy;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && e.getAsString().contains("${")) {
            String s = e.getAsString();
            for (Map.Entry<String, String> v : values.entrySet()) {
                s = s.replace(v.getKey(), v.getValue());
            }
            return new JsonPrimitive(s);
        }
        return e;
    }

    /** Every panel in reading order, rows flattened; row headers themselves are not panels. */
    static List<JsonObject> allPanels(JsonObject dashboard) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement row : Json.array(dashboard, "rows")) {
            if (row.isJsonObject()) {
                collect(Json.array(row.getAsJsonObject(), "panels"), out);
            }
        }
        collect(Json.array(dashboard, "panels"), out);
        return out;
    }

    private static void collect(Iterable<JsonElement> panels, List<JsonObject> out) {
        for (JsonElement e : panels) {
            if (!e.isJsonObject()) {
                continue;
            }
            JsonObject p = e.getAsJsonObject();
            if ("row".equals(Json.string(p, "type"))) {
                // A collapsed row keeps its panels inside it; an open row's panels follow it at the top level.
                collect(Json.array(p, "panels"), out);
            } else {
                out.add(p);
            }
        }
    }

    private static String where(Throwable e) {
        String m = e.getMessage();
        if (m == null) {
            return "";
        }
        int at = m.indexOf(" at line ");
        if (at < 0) {
            return "";
        }
        int end = m.indexOf(" path ", at);
        return " (" + m.substring(at + 1, end < 0 ? m.length() : end).strip() + ")";
    }

}
