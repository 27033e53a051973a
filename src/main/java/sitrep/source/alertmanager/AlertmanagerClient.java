package sitrep.source.alertmanager;

import com.google.gson.JsonElement;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.json.SharedGson;
import sitrep.source.HttpFetcher;
import sitrep.source.HttpFetcher.Timed;
import sitrep.source.JsonShapeException;
import sitrep.source.WireTime;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;

/** Alertmanager's v2 API: alerts with their filters, and status. */
public final class AlertmanagerClient {

    /** Go's zero time: Alertmanager's way of saying "no end". */
    static final Instant UNSET = Instant.parse("0001-01-01T00:00:00Z");

    private static final Type ALERTS = new TypeToken<List<AlertWire>>() { }.getType();

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
                a -> alerts(SharedGson.COMPACT.<List<AlertWire>>fromJson(a.json(), ALERTS)));
    }

    public Timed<AlertmanagerStatus> status() throws SourceError {
        Request r = HttpFetcher.request(config, HttpFetcher.endpoint(config, "api/v2/status")).get().build();
        return fetcher.fetch(config, r, HttpFetcher.Accept.SUCCESS_ONLY, a -> {
            StatusWire o = SharedGson.COMPACT.fromJson(a.json(), StatusWire.class);
            if (o == null) {
                throw new JsonShapeException("expected the status to be an object but found null");
            }
            return new AlertmanagerStatus(o.versionInfo() == null ? null : o.versionInfo().version(),
                    o.cluster() == null ? null : o.cluster().status(), WireTime.instant(o.uptime()));
        });
    }

    /** The wire form of one alert of /api/v2/alerts, bound by Gson. */
    record AlertWire(Map<String, String> labels, Map<String, String> annotations, StateWire status, String startsAt,
                     String endsAt) {
    }

    record StateWire(String state, List<String> silencedBy, List<String> inhibitedBy) {
    }

    /** The parts of /api/v2/status that Sitrep shows. */
    record StatusWire(VersionWire versionInfo, ClusterWire cluster, String uptime) {
    }

    record VersionWire(String version) {
    }

    record ClusterWire(String status) {
    }

    static List<Alert> alerts(JsonElement body) {
        return alerts(SharedGson.COMPACT.<List<AlertWire>>fromJson(body, ALERTS));
    }

    private static List<Alert> alerts(List<AlertWire> wire) {
        if (wire == null) {
            throw new JsonShapeException("expected the alert list to be an array but found null");
        }
        List<Alert> out = new ArrayList<>();
        for (AlertWire a : wire) {
            if (a == null) {
                throw new JsonShapeException("expected an alert to be an object but found null");
            }
            Map<String, String> labels = withoutNulls(a.labels());
            Map<String, String> annotations = withoutNulls(a.annotations());
            StateWire status = a.status();
            if (status == null) {
                throw new JsonShapeException("expected an alert's \"status\" to be an object but found nothing");
            }
            String state = String.valueOf(status.state());
            AlertState s = switch (state) {
                case "active" -> AlertState.ACTIVE;
                case "suppressed" -> AlertState.SUPPRESSED;
                case "unprocessed" -> AlertState.UNPROCESSED;
                default -> throw new JsonShapeException("unknown alert state '" + state + "'");
            };
            Instant ends = WireTime.instant(a.endsAt());
            out.add(new Alert(labels.getOrDefault("alertname", ""), labels.get("severity"),
                    annotations.getOrDefault("summary", annotations.getOrDefault("description", "")), s,
                    WireTime.instant(a.startsAt()), UNSET.equals(ends) ? null : ends,
                    orEmpty(status.silencedBy()), orEmpty(status.inhibitedBy()), labels));
        }
        return out;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static Map<String, String> withoutNulls(Map<String, String> map) {
        if (map == null) {
            return new LinkedHashMap<>();
        }
        map.values().removeIf(v -> v == null);
        return map;
    }
}
