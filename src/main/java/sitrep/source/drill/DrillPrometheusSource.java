package sitrep.source.drill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sitrep.domain.Alert;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;
import sitrep.source.drill.Scenario.SourceSpec;

/**
 * The scenario's Prometheus, seen the way {@code PrometheusSource} sees a real one: a component per
 * job/instance judged by its {@code up} and {@code probe_success} series (1 operational, 0 major outage,
 * anything else unknown; a blackbox target keeps the worse of the two), plus the pending and firing alerts.
 * The snapshot's version is {@value Drill#VERSION} so nothing mistakes it for a real server.
 */
public final class DrillPrometheusSource implements StatusSource {

    private final ScenarioPlayer player;
    private final SourceSpec spec;
    private final Clock clock;
    private final List<String> extraQueries;

    /** @param extraQueries instant queries whose series are added to each snapshot, like PrometheusSource's */
    public DrillPrometheusSource(ScenarioPlayer player, SourceSpec spec, Clock clock, List<String> extraQueries) {
        this.player = player;
        this.spec = spec;
        this.clock = clock;
        this.extraQueries = List.copyOf(extraQueries);
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public SourceSnapshot poll() throws SourceError {
        Instant now = clock.instant();
        if (spec.unreachableAt(now)) {
            throw Drill.refused(spec.name());
        }
        Map<String, ComponentStatus> components = new LinkedHashMap<>();
        merge(components, player.instant("up", now), "scrape failed (up=0)");
        merge(components, player.instant("probe_success", now), "probe failed (probe_success=0)");
        List<Alert> alerts = player.alertsAt(now, false);
        List<MetricSeries> series = new ArrayList<>();
        for (String q : extraQueries) {
            series.addAll(player.instant(q, now));
        }
        List<ComponentStatus> list = List.copyOf(components.values());
        return new SourceSnapshot(name(), SourceKind.PROMETHEUS, now, Duration.ofMillis(spec.latencyMillis()),
                Drill.VERSION, ScenarioPlayer.worst(list, alerts), list, alerts, series, List.of(), List.of());
    }

    private static void merge(Map<String, ComponentStatus> into, List<MetricSeries> result, String failedDetail) {
        for (MetricSeries s : result) {
            String job = s.labels().getOrDefault("job", "");
            String key = job + "/" + s.labels().getOrDefault("instance", "");
            double v = s.lastValue();
            HealthLevel level = v == 1.0 ? HealthLevel.OPERATIONAL
                    : v == 0.0 ? HealthLevel.MAJOR_OUTAGE : HealthLevel.UNKNOWN;
            String detail = level == HealthLevel.MAJOR_OUTAGE ? failedDetail
                    : level == HealthLevel.UNKNOWN ? (Double.isNaN(v) ? "no data" : "unexpected value " + v) : null;
            ComponentStatus now = new ComponentStatus(key, job, level, null, detail);
            into.merge(key, now, (a, b) -> a.level().worst(b.level()) == a.level() ? a : b);
        }
    }
}
