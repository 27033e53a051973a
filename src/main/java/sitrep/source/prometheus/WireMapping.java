package sitrep.source.prometheus;

import com.google.gson.stream.JsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.json.SharedGson;
import sitrep.source.JsonShapeException;
import sitrep.source.WireTime;

/**
 * The small Prometheus answers (alerts, targets, build info): the {@code data} of each bound by Gson to a
 * wire record, then mapped to Sitrep's records. A wrong shape is Gson's error naming the JSON path.
 */
final class WireMapping {

    record AlertsData(List<AlertWire> alerts) {
    }

    record AlertWire(Map<String, String> labels, Map<String, String> annotations, String state, String activeAt) {
    }

    record TargetsData(List<TargetWire> activeTargets) {
    }

    record TargetWire(Map<String, String> labels, String scrapePool, String health, String lastError,
                      String lastScrape) {
    }

    record BuildInfoData(String version, String revision, String branch, String goVersion) {
    }

    private WireMapping() {
    }

    static List<Alert> alerts(JsonReader data) {
        AlertsData d = SharedGson.COMPACT.fromJson(data, AlertsData.class);
        List<Alert> out = new ArrayList<>();
        for (AlertWire a : orEmpty(d.alerts())) {
            if (a == null) {
                throw new JsonShapeException("expected an alert to be an object but found null");
            }
            Map<String, String> labels = orEmpty(a.labels());
            Map<String, String> annotations = orEmpty(a.annotations());
            String state = String.valueOf(a.state());
            AlertState s = switch (state) {
                case "firing" -> AlertState.FIRING;
                case "pending" -> AlertState.PENDING;
                default -> throw new JsonShapeException("unknown alert state '" + state + "'");
            };
            String summary = annotations.getOrDefault("summary", annotations.getOrDefault("description", ""));
            out.add(new Alert(labels.getOrDefault("alertname", ""), labels.get("severity"), summary, s,
                    WireTime.instant(a.activeAt()), null, List.of(), List.of(), labels));
        }
        return out;
    }

    static List<Target> targets(JsonReader data) {
        TargetsData d = SharedGson.COMPACT.fromJson(data, TargetsData.class);
        List<Target> out = new ArrayList<>();
        for (TargetWire t : orEmpty(d.activeTargets())) {
            if (t == null) {
                throw new JsonShapeException("expected a target to be an object but found null");
            }
            Map<String, String> labels = orEmpty(t.labels());
            out.add(new Target(labels.getOrDefault("job", String.valueOf(t.scrapePool())),
                    labels.getOrDefault("instance", ""), String.valueOf(t.health()), orEmpty(t.lastError()),
                    WireTime.instant(t.lastScrape()), labels));
        }
        return out;
    }

    static BuildInfo buildInfo(JsonReader data) {
        BuildInfoData d = SharedGson.COMPACT.fromJson(data, BuildInfoData.class);
        return new BuildInfo(orEmpty(d.version()), orEmpty(d.revision()), orEmpty(d.branch()), orEmpty(d.goVersion()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Label maps without null values: Prometheus never sends one, and {@code Map.copyOf} refuses them. */
    private static Map<String, String> orEmpty(Map<String, String> map) {
        if (map == null) {
            return Map.of();
        }
        map.values().removeIf(v -> v == null);
        return map;
    }
}
