package sitrep.source.alertmanager;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.source.HttpFetcher;
import sitrep.source.HttpFetcher.Timed;
import sitrep.source.JsonShapeException;
import sitrep.source.JsonTree;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;

/** Alertmanager's v2 API: alerts with their filters, and status. */
public final class AlertmanagerClient {

    /** Go's zero time: Alertmanager's way of saying "no end". */
    static final Instant UNSET = Instant.parse("0001-01-01T00:00:00Z");

    private final HttpFetcher fetcher;
    private final SourceConfig config;

    public AlertmanagerClient(HttpFetcher fetcher, SourceConfig config) {
        this.fetcher = fetcher;
        this.config = config;
    }

    public SourceConfig config() {
        return config;
    }

    public Timed<List<Alert>> alerts(AlertFilter filter) throws SourceError {
        HttpUrl.Builder url = HttpFetcher.endpoint(config, "api/v2/alerts").newBuilder()
                .addQueryParameter("active", String.valueOf(filter.active()))
                .addQueryParameter("silenced", String.valueOf(filter.silenced()))
                .addQueryParameter("inhibited", String.valueOf(filter.inhibited()));
        filter.matchers().forEach(m -> url.addQueryParameter("filter", m));
        Request r = HttpFetcher.request(config, url.build()).get().build();
        return fetcher.fetch(config, r, HttpFetcher.Accept.SUCCESS_ONLY,
                a -> alerts(JsonParser.parseReader(a.json())));
    }

    public Timed<AlertmanagerStatus> status() throws SourceError {
        Request r = HttpFetcher.request(config, HttpFetcher.endpoint(config, "api/v2/status")).get().build();
        return fetcher.fetch(config, r, HttpFetcher.Accept.SUCCESS_ONLY, a -> {
            JsonObject o = JsonTree.object(JsonParser.parseReader(a.json()), "the status");
            JsonObject version = o.has("versionInfo") ? JsonTree.object(o.get("versionInfo"), "versionInfo")
                    : new JsonObject();
            JsonObject cluster = o.has("cluster") ? JsonTree.object(o.get("cluster"), "cluster") : new JsonObject();
            return new AlertmanagerStatus(JsonTree.string(version, "version"), JsonTree.string(cluster, "status"),
                    JsonTree.instant(o, "uptime"));
        });
    }

    static List<Alert> alerts(JsonElement body) {
        List<Alert> out = new ArrayList<>();
        for (JsonElement e : JsonTree.array(body, "the alert list")) {
            JsonObject a = JsonTree.object(e, "an alert");
            Map<String, String> labels = JsonTree.stringMap(a, "labels");
            Map<String, String> annotations = JsonTree.stringMap(a, "annotations");
            JsonObject status = JsonTree.object(a.get("status"), "an alert's \"status\"");
            String state = String.valueOf(JsonTree.string(status, "state"));
            AlertState s = switch (state) {
                case "active" -> AlertState.ACTIVE;
                case "suppressed" -> AlertState.SUPPRESSED;
                case "unprocessed" -> AlertState.UNPROCESSED;
                default -> throw new JsonShapeException("unknown alert state '" + state + "'");
            };
            Instant ends = JsonTree.instant(a, "endsAt");
            out.add(new Alert(labels.getOrDefault("alertname", ""), labels.get("severity"),
                    annotations.getOrDefault("summary", annotations.getOrDefault("description", "")), s,
                    JsonTree.instant(a, "startsAt"), UNSET.equals(ends) ? null : ends,
                    JsonTree.strings(status, "silencedBy"), JsonTree.strings(status, "inhibitedBy"), labels));
        }
        return out;
    }
}
