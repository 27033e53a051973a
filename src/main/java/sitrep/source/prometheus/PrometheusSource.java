package sitrep.source.prometheus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sitrep.domain.Alert;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.source.HttpFetcher.Timed;
import sitrep.source.MetricSource;
import sitrep.source.SharedTargetQueries;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;

/**
 * Prometheus as a status source. Components are its targets, one per job/instance, judged by {@code up}
 * (could it scrape?) and {@code probe_success} (did the blackbox probe pass?): 1 is operational, 0 a major
 * outage, anything else unknown. Alerts come from /api/v1/alerts.
 *
 * <p>The level is the worst of the components and of the alerts' implied levels: a pending alert changes
 * nothing (it may still clear), a firing alert with severity critical, page, error or emergency is a major
 * outage, any other firing alert at least a degradation (see {@link Alert#impliedLevel()}).
 */
public final class PrometheusSource implements StatusSource {

    private final PrometheusClient client;
    private final List<String> extraQueries;
    private final Clock clock;
    private final SharedTargetQueries shared;

    /**
     * @param extraQueries instant queries whose series are added to every snapshot (for example a chart's
     *                     current values), in order
     */
    public PrometheusSource(PrometheusClient client, List<String> extraQueries, Clock clock) {
        this(client, extraQueries, clock, null);
    }

    /** @param shared where {@code up} and {@code probe_success} are shared with the dashboard; null for none */
    public PrometheusSource(PrometheusClient client, List<String> extraQueries, Clock clock,
                            SharedTargetQueries shared) {
        this.client = client;
        this.extraQueries = List.copyOf(extraQueries);
        this.clock = clock;
        this.shared = shared;
    }

    @Override
    public String name() {
        return client.config().name();
    }

    @Override
    public SourceSnapshot poll() throws SourceError {
        String version = null;
        Duration latency;
        List<String> warnings = new ArrayList<>();
        try {
            Timed<BuildInfo> info = client.buildInfo();
            version = info.value().version().isEmpty() ? null : info.value().version();
            latency = info.latency();
        } catch (SourceError e) {
            // Some compatible servers lack buildinfo; that costs only the version, anything else is real.
            if (e.kind() != SourceError.Kind.HTTP_STATUS) {
                throw e;
            }
            latency = null;
        }
        Optional<SharedTargetQueries.Window> window = shared == null ? Optional.empty() : shared.followed();
        Instant at = clock.instant();
        Timed<QueryResult> up = targets("up", window, at);
        if (latency == null) {
            latency = up.latency();
        }
        QueryResult probes = targets("probe_success", window, at).value();
        collectNotes(up.value(), warnings);
        collectNotes(probes, warnings);

        Map<String, ComponentStatus> components = new LinkedHashMap<>();
        merge(components, up.value(), "scrape failed (up=0)");
        merge(components, probes, "probe failed (probe_success=0)");

        List<Alert> alerts = client.alerts().value();
        List<MetricSeries> series = new ArrayList<>();
        for (String q : extraQueries) {
            QueryResult r = client.query(q, null).value();
            collectNotes(r, warnings);
            series.addAll(r.series());
        }
        List<HealthLevel> levels = new ArrayList<>();
        components.values().forEach(c -> levels.add(c.level()));
        alerts.forEach(a -> levels.add(a.impliedLevel()));
        return new SourceSnapshot(name(), SourceKind.PROMETHEUS, clock.instant(), latency, version,
                HealthLevel.worstOf(levels), List.copyOf(components.values()), alerts, series, List.of(), warnings);
    }

    /**
     * An instant query of a target expression, or, while the dashboard follows now, a range query over its
     * window ending now, shared with the dashboard: each series' point at {@code at} is what the instant
     * query would have said, and a series without one is absent from it.
     */
    private Timed<QueryResult> targets(String expression, Optional<SharedTargetQueries.Window> window, Instant at)
            throws SourceError {
        if (window.isEmpty()) {
            return client.query(expression, null);
        }
        SharedTargetQueries.Window w = window.get();
        Instant start = SharedTargetQueries.alignedStart(w, at);
        if (!RangeStep.choose(start, at, w.step()).equals(w.step())) {
            return client.query(expression, null); // the server would widen the step: nothing to share
        }
        Timed<QueryResult> range = client.queryRange(expression, start, at, w.step());
        QueryResult r = range.value();
        List<String> said = new ArrayList<>(r.warnings());
        said.addAll(r.infos());
        shared.publish(expression, new SharedTargetQueries.Answer(start, at, w.step(),
                new MetricSource.Range(r.series(), said)));
        long atMillis = at.toEpochMilli();
        long half = w.step().toMillis() / 2;
        List<MetricSeries> now = r.series().stream()
                .filter(s -> s.size() > 0 && s.epochMillis()[s.size() - 1] >= atMillis - half).toList();
        return new Timed<>(new QueryResult(ResultType.VECTOR, now, null, r.warnings(), r.infos()), range.latency(),
                range.code());
    }

    private static void collectNotes(QueryResult r, List<String> into) {
        for (String w : r.warnings()) {
            if (!into.contains(w)) {
                into.add(w);
            }
        }
        for (String i : r.infos()) {
            if (!into.contains(i)) {
                into.add(i);
            }
        }
    }

    private static void merge(Map<String, ComponentStatus> into, QueryResult result, String failedDetail) {
        for (MetricSeries s : result.series()) {
            String job = s.labels().getOrDefault("job", "");
            String instance = s.labels().getOrDefault("instance", "");
            String key = job + "/" + instance;
            double v = s.lastValue();
            HealthLevel level = v == 1.0 ? HealthLevel.OPERATIONAL
                    : v == 0.0 ? HealthLevel.MAJOR_OUTAGE : HealthLevel.UNKNOWN;
            String detail = level == HealthLevel.MAJOR_OUTAGE ? failedDetail
                    : level == HealthLevel.UNKNOWN ? "unexpected value " + v : null;
            ComponentStatus now = new ComponentStatus(key, job, level, null, detail);
            // A blackbox target has both series: keep whichever is worse.
            into.merge(key, now, (a, b) -> a.level().worst(b.level()) == a.level() ? a : b);
        }
    }
}
