package sitrep.app;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import sitrep.json.SharedGson;
import sitrep.panels.grafana.GrafanaImport;
import sitrep.panels.grafana.ResolvedVariable;
import sitrep.panels.grafana.SkippedPanel;
import sitrep.chart.ChartSpec;
import sitrep.panels.PanelDefinition;

/** What {@code sitrep panels import} prints: as text for a person, or as one JSON object for a script. */
record ImportReport(String name, GrafanaImport imported) {

    String text() {
        StringBuilder b = new StringBuilder();
        List<PanelDefinition> panels = imported.panels();
        List<SkippedPanel> skipped = imported.dashboard().skipped();
        long inPart = skipped.stream().filter(SkippedPanel::chartedInPart).count();
        b.append(String.format(Locale.ROOT, "Imported \"%s\" as panel set \"%s\": %d chart%s%s, %d skipped.%n",
                imported.dashboard().title(), name, panels.size(), panels.size() == 1 ? "" : "s",
                inPart == 0 ? "" : " (" + inPart + " without some of their queries)", skipped.size() - inPart));
        for (PanelDefinition p : panels) {
            b.append("  chart    ").append(p.title()).append(p.unit().isEmpty() ? "" : " (" + p.unit() + ")")
                    .append(System.lineSeparator());
        }
        for (SkippedPanel s : skipped) {
            b.append(s.chartedInPart() ? "  in part  " : "  skipped  ").append(s.title()).append(": ").append(s.reason())
                    .append(System.lineSeparator());
        }
        for (ResolvedVariable v : imported.resolution().variables()) {
            b.append("  variable ").append(v.name()).append(" = ").append(current(v)).append(" (")
                    .append(v.options().size()).append(v.options().size() == 1 ? " value" : " values").append(')')
                    .append(System.lineSeparator());
        }
        return b.toString();
    }

    private static String current(ResolvedVariable v) {
        return v.allSelected() ? "All" : String.join(", ", v.current());
    }

    String json() {
        JsonObject root = new JsonObject();
        root.addProperty("name", name);
        JsonArray panels = new JsonArray();
        for (int i = 0; i < imported.panels().size(); i++) {
            PanelDefinition p = imported.panels().get(i);
            JsonObject o = new JsonObject();
            o.addProperty("title", p.title());
            o.add("expressions", strings(p.expressions()));
            o.add("legends", strings(p.legends().isEmpty() ? p.expressions().stream().map(e -> "").toList()
                    : p.legends().size() == 1 ? p.expressions().stream().map(e -> p.legends().get(0)).toList()
                    : p.legends()));
            o.addProperty("unit", imported.dashboard().panels().get(i).unit());
            o.addProperty("unitLabel", p.unit());
            JsonArray bands = new JsonArray();
            for (ChartSpec.Threshold t : p.thresholds()) {
                JsonObject band = new JsonObject();
                if (t.from() > -ChartSpec.Threshold.OPEN) {
                    band.addProperty("from", t.from());
                }
                if (t.to() < ChartSpec.Threshold.OPEN) {
                    band.addProperty("to", t.to());
                }
                band.addProperty("level", t.level() == ChartSpec.Threshold.Level.CRITICAL ? "critical" : "warning");
                bands.add(band);
            }
            o.add("thresholds", bands);
            Double min = imported.dashboard().panels().get(i).min();
            Double max = imported.dashboard().panels().get(i).max();
            if (min != null) {
                o.addProperty("min", min);
            }
            if (max != null) {
                o.addProperty("max", max);
            }
            panels.add(o);
        }
        root.add("panels", panels);
        JsonArray skipped = new JsonArray();
        for (SkippedPanel s : imported.dashboard().skipped()) {
            JsonObject o = new JsonObject();
            o.addProperty("title", s.title());
            o.addProperty("reason", s.reason());
            skipped.add(o);
        }
        root.add("skipped", skipped);
        JsonArray variables = new JsonArray();
        for (ResolvedVariable v : imported.resolution().variables()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", v.name());
            o.addProperty("type", v.definition().type());
            o.add("values", strings(v.options()));
            o.add("current", strings(v.allSelected() ? List.of("All") : v.current()));
            o.addProperty("all", v.allSelected());
            variables.add(o);
        }
        root.add("variables", variables);
        root.add("warnings", strings(imported.resolution().warnings()));
        return SharedGson.PRETTY.toJson(root)
                + System.lineSeparator();
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
