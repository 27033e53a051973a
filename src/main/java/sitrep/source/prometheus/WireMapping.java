package sitrep.source.prometheus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.source.JsonShapeException;
import sitrep.source.JsonTree;

/** Maps the small Prometheus answers (alerts, targets, build info) from their JSON trees to records. */
final class WireMapping {

    private WireMapping() {
    }

    static List<Alert> alerts(JsonElement data) {
        List<Alert> out = new ArrayList<>();
        for (JsonElement e : JsonTree.arrayOrEmpty(JsonTree.object(data, "data"), "alerts")) {
            JsonObject a = JsonTree.object(e, "an alert");
            Map<String, String> labels = JsonTree.stringMap(a, "labels");
            Map<String, String> annotations = JsonTree.stringMap(a, "annotations");
            String state = String.valueOf(JsonTree.string(a, "state"));
            AlertState s = switch (state) {
                case "firing" -> AlertState.FIRING;
                case "pending" -> AlertState.PENDING;
                default -> throw new JsonShapeException("unknown alert state '" + state + "'");
            };
            String summary = annotations.getOrDefault("summary", annotations.getOrDefault("description", ""));
            out.add(new Alert(labels.getOrDefault("alertname", ""), labels.get("severity"), summary, s,
                    JsonTree.instant(a, "activeAt"), null, List.of(), List.of(), labels));
        }
        return out;
    }

    static List<Target> targets(JsonElement data) {
        List<Target> out = new ArrayList<>();
        for (JsonElement e : JsonTree.arrayOrEmpty(JsonTree.object(data, "data"), "activeTargets")) {
            JsonObject t = JsonTree.object(e, "a target");
            Map<String, String> labels = JsonTree.stringMap(t, "labels");
            String lastError = JsonTree.string(t, "lastError");
            out.add(new Target(labels.getOrDefault("job", String.valueOf(JsonTree.string(t, "scrapePool"))),
                    labels.getOrDefault("instance", ""), String.valueOf(JsonTree.string(t, "health")),
                    lastError == null ? "" : lastError, JsonTree.instant(t, "lastScrape"), labels));
        }
        return out;
    }

    static BuildInfo buildInfo(JsonElement data) {
        JsonObject o = JsonTree.object(data, "data");
        return new BuildInfo(orEmpty(JsonTree.string(o, "version")), orEmpty(JsonTree.string(o, "revision")),
                orEmpty(JsonTree.string(o, "branch")), orEmpty(JsonTree.string(o, "goVersion")));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
