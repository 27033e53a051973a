package sitrep.panels.grafana;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import sitrep.chart.ChartSpec;
import sitrep.json.SharedGson;
import sitrep.panels.PanelDefinition;

/**
 * A panel set as a dashboard Grafana imports (Dashboards > Import): time-series panels on a Prometheus
 * datasource chosen at import ({@code __inputs} DS_PROMETHEUS), with units, legends and thresholds, and the
 * variables of an imported dashboard so its queries keep working.
 */
public final class GrafanaExporter {

    private static final Map<String, String> UNIT_IDS = Map.ofEntries(Map.entry("s", "s"), Map.entry("ms", "ms"),
            Map.entry("µs", "µs"), Map.entry("ns", "ns"), Map.entry("%", "percent"), Map.entry("req/s", "reqps"),
            Map.entry("ops/s", "ops"), Map.entry("bytes", "bytes"), Map.entry("bit/s", "bps"),
            Map.entry("B/s", "Bps"), Map.entry("", "short"), Map.entry("min", "m"), Map.entry("h", "h"));

    private GrafanaExporter() {
    }

    /**
     * @param panels what to draw; queries may still hold {@code $variables} when {@code variables} declares them
     * @param variables the imported dashboard's variables, or an empty list
     */
    public static String export(String title, List<PanelDefinition> panels, List<DashboardVariable> variables) {
        JsonObject d = new JsonObject();
        JsonArray inputs = new JsonArray();
        JsonObject input = new JsonObject();
        input.addProperty("name", "DS_PROMETHEUS");
        input.addProperty("label", "Prometheus");
        input.addProperty("type", "datasource");
        input.addProperty("pluginId", "prometheus");
        input.addProperty("pluginName", "Prometheus");
        inputs.add(input);
        d.add("__inputs", inputs);
        JsonArray requires = new JsonArray();
        requires.add(require("datasource", "prometheus", "Prometheus"));
        requires.add(require("panel", "timeseries", "Time series"));
        d.add("__requires", requires);
        d.addProperty("title", title);
        d.addProperty("schemaVersion", 39);
        d.addProperty("editable", true);
        JsonObject time = new JsonObject();
        time.addProperty("from", "now-1h");
        time.addProperty("to", "now");
        d.add("time", time);
        JsonArray out = new JsonArray();
        for (int i = 0; i < panels.size(); i++) {
            out.add(panel(panels.get(i), i + 1, i));
        }
        d.add("panels", out);
        JsonObject templating = new JsonObject();
        JsonArray list = new JsonArray();
        variables.forEach(v -> list.add(variable(v)));
        templating.add("list", list);
        d.add("templating", templating);
        return SharedGson.PRETTY.toJson(d);
    }

    private static JsonObject require(String type, String id, String name) {
        JsonObject r = new JsonObject();
        r.addProperty("type", type);
        r.addProperty("id", id);
        r.addProperty("name", name);
        r.addProperty("version", "");
        return r;
    }

    private static JsonObject datasource() {
        JsonObject ds = new JsonObject();
        ds.addProperty("type", "prometheus");
        ds.addProperty("uid", "${DS_PROMETHEUS}");
        return ds;
    }

    private static JsonObject panel(PanelDefinition p, int id, int index) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("type", "timeseries");
        o.addProperty("title", p.title());
        o.add("datasource", datasource());
        JsonObject grid = new JsonObject();
        grid.addProperty("h", 8);
        grid.addProperty("w", 12);
        grid.addProperty("x", (index % 2) * 12);
        grid.addProperty("y", (index / 2) * 8);
        o.add("gridPos", grid);
        JsonObject defaults = new JsonObject();
        String unit = UNIT_IDS.get(p.unit());
        defaults.addProperty("unit", unit != null ? unit : p.yAxis() == ChartSpec.YAxisMode.RATIO ? "percentunit"
                : "suffix:" + p.unit());
        if (p.yAxis() == ChartSpec.YAxisMode.RATIO) {
            defaults.addProperty("unit", "percentunit");
            defaults.addProperty("min", 0);
            defaults.addProperty("max", 1);
        } else if (p.yAxis() == ChartSpec.YAxisMode.FROM_ZERO) {
            defaults.addProperty("min", 0);
        }
        JsonObject custom = new JsonObject();
        if (p.yAxis() == ChartSpec.YAxisMode.LOG) {
            JsonObject scale = new JsonObject();
            scale.addProperty("type", "log");
            scale.addProperty("log", 10);
            custom.add("scaleDistribution", scale);
        }
        JsonObject style = new JsonObject();
        style.addProperty("mode", p.thresholds().isEmpty() ? "off" : "area");
        custom.add("thresholdsStyle", style);
        defaults.add("custom", custom);
        defaults.add("thresholds", thresholds(p.thresholds()));
        JsonObject fieldConfig = new JsonObject();
        fieldConfig.add("defaults", defaults);
        fieldConfig.add("overrides", new JsonArray());
        o.add("fieldConfig", fieldConfig);
        JsonArray targets = new JsonArray();
        for (int i = 0; i < p.expressions().size(); i++) {
            JsonObject t = new JsonObject();
            t.add("datasource", datasource());
            t.addProperty("expr", p.expressions().get(i));
            String legend = p.legends().isEmpty() ? "" : p.legends().get(p.legends().size() == 1 ? 0 : i);
            t.addProperty("legendFormat", legend.isEmpty() ? "__auto" : legend);
            t.addProperty("range", true);
            t.addProperty("refId", String.valueOf((char) ('A' + i % 26)) + (i >= 26 ? i / 26 : ""));
            targets.add(t);
        }
        o.add("targets", targets);
        return o;
    }

    /** Bands back to steps: a base step, then each band's start in its colour, and the normal colour after it. */
    private static JsonObject thresholds(List<ChartSpec.Threshold> bands) {
        JsonObject t = new JsonObject();
        t.addProperty("mode", "absolute");
        JsonArray steps = new JsonArray();
        steps.add(step(null, "green"));
        List<ChartSpec.Threshold> sorted = bands.stream()
                .sorted(Comparator.comparingDouble(ChartSpec.Threshold::from)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            ChartSpec.Threshold b = sorted.get(i);
            String color = b.level() == ChartSpec.Threshold.Level.CRITICAL ? "red" : "orange";
            if (b.from() <= -ChartSpec.Threshold.OPEN) {
                steps.set(0, step(null, color));
            } else {
                steps.add(step(b.from(), color));
            }
            boolean next = i + 1 < sorted.size() && sorted.get(i + 1).from() <= b.to();
            if (b.to() < ChartSpec.Threshold.OPEN && !next) {
                steps.add(step(b.to(), "green"));
            }
        }
        t.add("steps", steps);
        return t;
    }

    private static JsonObject step(Double value, String color) {
        JsonObject s = new JsonObject();
        s.addProperty("color", color);
        if (value == null) {
            s.add("value", JsonNull.INSTANCE);
        } else {
            s.addProperty("value", value);
        }
        return s;
    }

    private static JsonObject variable(DashboardVariable v) {
        JsonObject o = new JsonObject();
        o.addProperty("name", v.name());
        o.addProperty("label", v.label());
        o.addProperty("type", v.type());
        o.addProperty("query", v.query());
        if (v.type().equals("query")) {
            o.add("datasource", datasource());
            o.addProperty("definition", v.query());
            o.addProperty("refresh", 1);
        }
        o.addProperty("regex", v.regex());
        o.addProperty("multi", v.multi());
        o.addProperty("includeAll", v.includeAll());
        if (v.allValue() != null) {
            o.addProperty("allValue", v.allValue());
        }
        o.addProperty("sort", v.sort());
        o.addProperty("hide", v.hidden() ? 2 : 0);
        JsonObject current = new JsonObject();
        JsonArray values = new JsonArray();
        v.current().forEach(values::add);
        current.add("value", v.multi() ? values : values.isEmpty() ? new JsonArray() : values.get(0));
        current.add("text", current.get("value"));
        o.add("current", current);
        JsonArray options = new JsonArray();
        for (String s : v.options()) {
            JsonObject opt = new JsonObject();
            opt.addProperty("text", s);
            opt.addProperty("value", s);
            options.add(opt);
        }
        o.add("options", options);
        if (v.auto() != null) {
            o.addProperty("auto", true);
            o.addProperty("auto_count", v.auto().count());
            o.addProperty("auto_min", v.auto().min());
        }
        return o;
    }
}
