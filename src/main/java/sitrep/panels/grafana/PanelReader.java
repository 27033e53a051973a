package sitrep.panels.grafana;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One Grafana panel to a chart or to a skipped entry with its reason. Time-series panels ({@code graph},
 * {@code timeseries}) and single-value panels over Prometheus ({@code stat}, {@code gauge},
 * {@code singlestat}, {@code bargauge}) become charts of their series over time; a table becomes a chart
 * unless all its queries are instant.
 */
final class PanelReader {

    private static final Set<String> TIME_SERIES = Set.of("graph", "timeseries");
    private static final Set<String> SINGLE_VALUE = Set.of("stat", "gauge", "singlestat", "bargauge",
            "grafana-singlestat-panel", "table", "table-old");

    private final DatasourceKinds datasources;

    PanelReader(DatasourceKinds datasources) {
        this.datasources = datasources;
    }

    /** @return an {@link ImportedPanel} or a {@link SkippedPanel} */
    Object read(JsonObject panel) {
        String type = Json.string(panel, "type");
        String title = title(panel);
        if (!TIME_SERIES.contains(type) && !SINGLE_VALUE.contains(type)) {
            return new SkippedPanel(title, reasonForType(type));
        }
        String panelKind = datasources.kindOf(panel.get("datasource"));
        List<String> expressions = new ArrayList<>();
        List<String> legends = new ArrayList<>();
        boolean anyRange = false;
        String otherKind = null;
        List<String> otherKinds = new ArrayList<>();
        for (JsonElement t : Json.array(panel, "targets")) {
            if (!t.isJsonObject()) {
                continue;
            }
            JsonObject target = t.getAsJsonObject();
            if (Json.bool(target, "hide")) {
                continue;
            }
            String kind = panelKind;
            if (target.has("datasource") && !target.get("datasource").isJsonNull()) {
                String own = datasources.kindOf(target.get("datasource"));
                // A target naming only the panel's own variable says nothing new; a mixed panel's targets decide.
                if (!own.equals(DatasourceKinds.DEFAULT) || panelKind.equals(DatasourceKinds.MIXED)) {
                    kind = own;
                }
            }
            String expr = Json.string(target, "expr").strip();
            boolean prometheus = kind.equals(DatasourceKinds.PROMETHEUS)
                    || (kind.equals(DatasourceKinds.DEFAULT) && !expr.isEmpty() && !looksLikeLogQl(expr));
            if (!prometheus) {
                otherKind = otherKind == null ? kind : otherKind;
                otherKinds.add(kind);
                continue;
            }
            if (expr.isEmpty()) {
                continue;
            }
            expressions.add(expr);
            String legend = Json.string(target, "legendFormat");
            legends.add(legend.equals("__auto") ? "" : legend);
            boolean instantOnly = Json.bool(target, "instant") && !Json.bool(target, "range");
            anyRange |= !instantOnly;
        }
        if (expressions.isEmpty()) {
            if (otherKind != null) {
                return new SkippedPanel(title, DatasourceKinds.displayName(otherKind)
                        + " datasource: Sitrep charts Prometheus queries only");
            }
            return new SkippedPanel(title, "no visible Prometheus query");
        }
        if (type.startsWith("table") && !anyRange) {
            return new SkippedPanel(title, "table of instant values: Sitrep charts series over time");
        }
        if (Json.string(panel, "title").isBlank() && !legends.get(0).isEmpty() && !legends.get(0).contains("{{")) {
            // An untitled stat panel shows its one series' legend where a title would be.
            title = legends.get(0);
        }
        if (!otherKinds.isEmpty()) {
            // Charted from its Prometheus queries; the rest is said, not silently dropped (a mixed panel's Loki query,
            // a Grafana expression whose raw inputs alone would otherwise pass for the panel's answer).
            leftOut.add(SkippedPanel.queriesLeftOut(title, otherKinds.size(), otherKinds.size() + expressions.size(),
                    String.join(", ", otherKinds.stream().distinct().map(DatasourceKinds::displayName).toList())));
        }
        return imported(panel, type, title, expressions, legends);
    }

    private final List<SkippedPanel> leftOut = new ArrayList<>();

    /** Panels charted without some of their queries, each with what was left out; in reading order. */
    List<SkippedPanel> queriesLeftOut() {
        return List.copyOf(leftOut);
    }

    private ImportedPanel imported(JsonObject panel, String type, String title, List<String> expressions,
                                   List<String> legends) {
        JsonObject defaults = Json.object(Json.object(panel, "fieldConfig"), "defaults");
        String unit = Json.string(defaults, "unit");
        Double min = Json.number(defaults, "min");
        Double max = Json.number(defaults, "max");
        boolean log = "log".equals(Json.string(Json.object(Json.object(defaults, "custom"), "scaleDistribution"),
                "type"));
        List<ImportedPanel.Band> bands;
        if (type.equals("graph")) {
            JsonObject left = firstAxis(panel);
            unit = unit.isEmpty() ? Json.string(left, "format") : unit;
            min = min == null ? Json.number(left, "min") : min;
            max = max == null ? Json.number(left, "max") : max;
            Double logBase = Json.number(left, "logBase");
            log |= logBase != null && logBase > 1;
            List<JsonObject> list = new ArrayList<>();
            Json.array(panel, "thresholds").forEach(e -> {
                if (e.isJsonObject()) {
                    list.add(e.getAsJsonObject());
                }
            });
            bands = ThresholdReader.graph(list);
        } else if (type.equals("singlestat") || type.equals("grafana-singlestat-panel")) {
            unit = unit.isEmpty() ? Json.string(panel, "format") : unit;
            List<String> colors = new ArrayList<>();
            Json.array(panel, "colors").forEach(c -> colors.add(Json.text(c)));
            boolean coloured = Json.bool(panel, "colorValue") || Json.bool(panel, "colorBackground");
            bands = coloured ? ThresholdReader.singlestat(Json.string(panel, "thresholds"), colors) : List.of();
            JsonObject gauge = Json.object(panel, "gauge");
            if (Json.bool(gauge, "show")) {
                min = Json.number(gauge, "minValue");
                max = Json.number(gauge, "maxValue");
            }
        } else {
            bands = thresholdsShown(type, panel, defaults)
                    ? ThresholdReader.steps(Json.object(defaults, "thresholds"), min, max) : List.of();
        }
        String interval = Json.string(panel, "interval").strip();
        return new ImportedPanel(title, type, expressions, legends, unit, bands, min, max, log,
                panel.has("id") ? (int) Math.round(Json.number(panel, "id") == null ? 0 : Json.number(panel, "id"))
                        : null, interval.isEmpty() ? null : interval);
    }

    /**
     * Whether Grafana itself shows the panel's threshold steps, as Sitrep then does: every new panel carries
     * "red from 80", so drawn where Grafana draws nothing it tinted byte counts, uptimes and timestamps critical. A
     * time series only with a thresholds style; a stat panel unless it colours nothing; a table only when its cells
     * are coloured or drawn as gauges; gauges and bar gauges always.
     */
    private static boolean thresholdsShown(String type, JsonObject panel, JsonObject defaults) {
        JsonObject custom = Json.object(defaults, "custom");
        return switch (type) {
            case "timeseries" -> {
                JsonObject style = Json.object(custom, "thresholdsStyle");
                yield style.has("mode") && !"off".equals(Json.string(style, "mode"));
            }
            case "stat" -> !"none".equals(Json.string(Json.object(panel, "options"), "colorMode"));
            case "table", "table-old" -> {
                String display = Json.string(custom, "displayMode");
                String cell = Json.string(Json.object(custom, "cellOptions"), "type");
                String mode = cell.isEmpty() ? display : cell;
                yield !mode.isEmpty() && !mode.equals("auto") && !mode.equals("json-view") && !mode.equals("image");
            }
            default -> true;
        };
    }

    private static JsonObject firstAxis(JsonObject panel) {
        for (JsonElement a : Json.array(panel, "yaxes")) {
            if (a.isJsonObject()) {
                return a.getAsJsonObject();
            }
        }
        return new JsonObject();
    }

    static String title(JsonObject panel) {
        String t = Json.string(panel, "title").strip();
        return t.isEmpty() ? "(untitled " + Json.string(panel, "type") + " panel)" : t;
    }

    /** A LogQL pipeline ({@code {app="x"} |= "error"}): PromQL never has a pipe after a selector. */
    private static boolean looksLikeLogQl(String expr) {
        return expr.matches("(?s).*\\}\\s*\\|.*");
    }

    private static String reasonForType(String type) {
        return switch (type) {
            case "text" -> "text panel: no query";
            case "heatmap" -> "heatmap: Sitrep draws lines, not heatmaps";
            case "logs" -> "logs panel: Sitrep charts metrics, not log lines";
            case "alertlist" -> "alert list: see Sitrep's own alert list";
            case "dashlist", "news", "welcome", "gettingstarted" -> type + " panel: no query";
            case "piechart", "grafana-piechart-panel" -> "pie chart: Sitrep draws series over time";
            case "nodeGraph", "traces", "flamegraph" -> type + " panel: not a metric chart";
            case "" -> "panel without a type";
            default -> "panel type '" + type + "' is not a chart Sitrep draws";
        };
    }
}
