package sitrep.source.prometheus;

import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import sitrep.domain.Alert;
import sitrep.json.SharedGson;
import sitrep.source.HttpFetcher;
import sitrep.source.HttpFetcher.Timed;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;

/**
 * The HTTP API of Prometheus and of servers that speak it (Thanos, Mimir, VictoriaMetrics). Every call
 * blocks; API errors become {@link SourceError}s of kind API_ERROR carrying {@code errorType} and the
 * server's message verbatim.
 */
public final class PrometheusClient {

    /** Expressions longer than this go in a POST form: proxies commonly cap URLs at a few kilobytes. */
    static final int POST_ABOVE_CHARS = 1024;

    /** Status codes under which Prometheus still answers with its JSON envelope (bad_data, execution, timeout). */
    private static final Type STRINGS = new TypeToken<List<String>>() { }.getType();
    private static final Type LABEL_SETS = new TypeToken<List<Map<String, String>>>() { }.getType();
    private static final HttpFetcher.Accept API_ERRORS =
            (code, json) -> json && (code == 400 || code == 422 || code == 500 || code == 503);

    private final HttpFetcher fetcher;
    private final SourceConfig config;

    public PrometheusClient(HttpFetcher fetcher, SourceConfig config) {
        this.fetcher = fetcher;
        this.config = config;
    }

    public SourceConfig config() {
        return config;
    }

    /** An instant query; {@code time} null means the server's now. */
    public Timed<QueryResult> query(String promql, Instant time) throws SourceError {
        FormBody.Builder form = new FormBody.Builder().add("query", promql);
        if (time != null) {
            form.add("time", seconds(time.toEpochMilli()));
        }
        return queryCall("api/v1/query", promql, form.build());
    }

    /**
     * A range query. The step is widened when needed so no series exceeds {@link RangeStep#MAX_POINTS}.
     */
    public Timed<QueryResult> queryRange(String promql, Instant start, Instant end, Duration step)
            throws SourceError {
        Duration chosen = RangeStep.choose(start, end, step);
        FormBody form = new FormBody.Builder().add("query", promql)
                .add("start", seconds(start.toEpochMilli()))
                .add("end", seconds(end.toEpochMilli()))
                .add("step", seconds(chosen.toMillis()))
                .build();
        return queryCall("api/v1/query_range", promql, form);
    }

    private Timed<QueryResult> queryCall(String path, String promql, FormBody form) throws SourceError {
        HttpUrl url = HttpFetcher.endpoint(config, path);
        Request request;
        if (promql.length() > POST_ABOVE_CHARS) {
            request = HttpFetcher.request(config, url).post(form).build();
        } else {
            HttpUrl.Builder b = url.newBuilder();
            for (int i = 0; i < form.size(); i++) {
                b.addQueryParameter(form.name(i), form.value(i));
            }
            request = HttpFetcher.request(config, b.build()).get().build();
        }
        Timed<Envelope<QueryDataReader.Data>> t =
                fetcher.fetch(config, request, API_ERRORS, a -> Envelope.read(a.json(), QueryDataReader::read));
        Envelope<QueryDataReader.Data> env = checked(t.value());
        QueryDataReader.Data d = env.data();
        return new Timed<>(new QueryResult(d.type(), d.series(), d.stringValue(), env.warnings(), env.infos()),
                t.latency(), t.code());
    }

    public Timed<List<Alert>> alerts() throws SourceError {
        return bound("api/v1/alerts", WireMapping::alerts);
    }

    public Timed<List<Target>> targets() throws SourceError {
        return bound("api/v1/targets", WireMapping::targets);
    }

    /** Values of a label ({@code /api/v1/label/NAME/values}), over the series matching {@code match} if given. */
    public Timed<List<String>> labelValues(String label, String match) throws SourceError {
        return strings(HttpFetcher.endpoint(config, "api/v1/label").newBuilder().addPathSegment(label)
                .addPathSegment("values"), match);
    }

    /** Label names ({@code /api/v1/labels}), over the series matching {@code match} if given. */
    public Timed<List<String>> labelNames(String match) throws SourceError {
        return strings(HttpFetcher.endpoint(config, "api/v1/labels").newBuilder(), match);
    }

    /** The label sets of the series matching {@code match} ({@code /api/v1/series}), each sorted by name. */
    public Timed<List<Map<String, String>>> series(String match) throws SourceError {
        HttpUrl url = HttpFetcher.endpoint(config, "api/v1/series").newBuilder().addQueryParameter("match[]", match)
                .build();
        Request r = HttpFetcher.request(config, url).get().build();
        Timed<Envelope<List<Map<String, String>>>> t = fetcher.fetch(config, r, API_ERRORS,
                a -> Envelope.read(a.json(), reader -> {
                    List<Map<String, String>> out = new ArrayList<>();
                    for (Map<String, String> labels : SharedGson.COMPACT.<List<Map<String, String>>>fromJson(reader,
                            LABEL_SETS)) {
                        out.add(new TreeMap<>(labels));
                    }
                    return out;
                }));
        return new Timed<>(checked(t.value()).data(), t.latency(), t.code());
    }

    private Timed<List<String>> strings(HttpUrl.Builder url, String match) throws SourceError {
        if (match != null && !match.isBlank()) {
            url.addQueryParameter("match[]", match);
        }
        Request r = HttpFetcher.request(config, url.build()).get().build();
        Timed<Envelope<List<String>>> t = fetcher.fetch(config, r, API_ERRORS, a -> Envelope.read(a.json(),
                reader -> SharedGson.COMPACT.<List<String>>fromJson(reader, STRINGS)));
        return new Timed<>(checked(t.value()).data(), t.latency(), t.code());
    }

    public Timed<BuildInfo> buildInfo() throws SourceError {
        return bound("api/v1/status/buildinfo", WireMapping::buildInfo);
    }

    /** Whether /-/ready answers 200; any other answer or failure is a {@link SourceError}. */
    public Timed<String> ready() throws SourceError {
        Request r = HttpFetcher.request(config, HttpFetcher.endpoint(config, "-/ready")).get().build();
        return fetcher.fetch(config, r, HttpFetcher.Accept.SUCCESS_ONLY, a -> a.text(1024).strip());
    }

    private <T> Timed<T> bound(String path, Envelope.DataReader<T> mapper) throws SourceError {
        Request r = HttpFetcher.request(config, HttpFetcher.endpoint(config, path)).get().build();
        // Mapping inside the handler lets the fetcher report a wrong shape like any other body fault.
        Timed<Envelope<T>> t = fetcher.fetch(config, r, API_ERRORS,
                a -> Envelope.read(a.json(), mapper));
        return new Timed<>(checked(t.value()).data(), t.latency(), t.code());
    }

    private <T> Envelope<T> checked(Envelope<T> env) throws SourceError {
        if (env.isError()) {
            String type = env.errorType() == null ? "error" : env.errorType();
            throw new SourceError(config.name(), SourceError.Kind.API_ERROR,
                    type + ": " + (env.error() == null ? "(no message)" : env.error()), type, null);
        }
        return env;
    }

    /** Epoch milliseconds as the float seconds the API takes, without exponent notation. */
    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%d.%03d", Math.floorDiv(millis, 1000), Math.floorMod(millis, 1000));
    }
}
