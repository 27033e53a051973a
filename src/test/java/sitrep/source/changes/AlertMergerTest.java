package sitrep.source.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.source.polling.SourceUpdate;

/** Alert merging and what changed between polls, in the source layer, without a view model or the toolkit. */
class AlertMergerTest {

    private static final String PROM = "http://127.0.0.1:9090";
    private static final String AM = "http://127.0.0.1:9093";
    private static final Instant T0 = Instant.parse("2026-11-25T14:00:00Z");
    private static final MetricSeries NONE = new MetricSeries(Map.of(), new long[0], new double[0]);

    private final List<Transition> transitions = new ArrayList<>();

    private static SourceUpdate update(String url, SourceKind kind, List<Alert> alerts) {
        SourceSnapshot s = new SourceSnapshot(url, kind, T0, Duration.ofMillis(5), "", HealthLevel.OPERATIONAL,
                List.of(), alerts, List.of(), List.of(), List.of());
        return new SourceUpdate(url, SourceHealth.ok(T0), s, NONE, NONE);
    }

    private static Alert alert(AlertState state, Map<String, String> extraLabels, List<String> silencedBy) {
        Map<String, String> labels = new LinkedHashMap<>(Map.of("alertname", "HighLatency", "instance", "api:8080"));
        labels.putAll(extraLabels);
        return new Alert("HighLatency", "warning", "p99 over 1 s", state, T0, null, silencedBy, List.of(), labels);
    }

    @Test
    void alertmanagersViewWinsOverPrometheusOnceItsExternalLabelsAreLearned() {
        AlertMerger merger = new AlertMerger();
        Map<String, SourceUpdate> updates = new LinkedHashMap<>();
        updates.put(PROM, update(PROM, SourceKind.PROMETHEUS,
                List.of(alert(AlertState.FIRING, Map.of("alertstate", "firing"), List.of()))));
        updates.put(AM, update(AM, SourceKind.ALERTMANAGER,
                List.of(alert(AlertState.SUPPRESSED, Map.of("cluster", "eu-1"), List.of("silence-1")))));

        List<AlertMerger.Merged> merged = merger.merge(updates, T0, transitions::add);

        assertThat(merged).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo(AM);
            assertThat(m.alert().silencedBy()).containsExactly("silence-1");
        });
        assertThat(transitions).isEmpty();
    }

    @Test
    void anAlertThatStartsAndStopsRingingIsOneTransitionEach() {
        AlertMerger merger = new AlertMerger();
        Map<String, SourceUpdate> updates = new LinkedHashMap<>();
        updates.put(PROM, update(PROM, SourceKind.PROMETHEUS, List.of(alert(AlertState.FIRING, Map.of(), List.of()))));
        merger.merge(updates, T0, transitions::add);
        merger.merge(updates, T0.plusSeconds(5), transitions::add);
        updates.put(PROM, update(PROM, SourceKind.PROMETHEUS, List.of()));
        merger.merge(updates, T0.plusSeconds(10), transitions::add);

        assertThat(transitions).extracting(Transition::kind).containsExactly(Transition.Kind.ALERT_FIRING,
                Transition.Kind.ALERT_RESOLVED);
        assertThat(transitions.get(0).text()).isEqualTo("Alert HighLatency firing: p99 over 1 s");
        assertThat(transitions.get(1).at()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void aComponentsLevelChangeIsATransitionAndItsSinceBecomesExact() {
        ComponentLevels levels = new ComponentLevels();
        ComponentStatus up = new ComponentStatus("db-tcp", "blackbox", HealthLevel.OPERATIONAL, null, "");
        ComponentStatus down = new ComponentStatus("db-tcp", "blackbox", HealthLevel.MAJOR_OUTAGE, null, "");

        ComponentLevels.Observed first = levels.observe(PROM, up, T0, transitions::add);
        levels.observe(PROM, up, T0.plusSeconds(5), transitions::add);
        ComponentLevels.Observed changed = levels.observe(PROM, down, T0.plusSeconds(10), transitions::add);

        assertThat(first.exact()).isFalse();
        assertThat(changed).isEqualTo(new ComponentLevels.Observed(HealthLevel.MAJOR_OUTAGE, T0.plusSeconds(10), true, false));
        assertThat(transitions).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Transition.Kind.COMPONENT_CHANGED);
            assertThat(t.text()).isEqualTo("db-tcp is major outage (was operational)");
        });
    }

    @Test
    void aSourceThatStopsAnsweringAndRecoversIsOneTransitionEach() {
        SourceUpdate ok = update(PROM, SourceKind.PROMETHEUS, List.of());
        SourceUpdate failing = new SourceUpdate(PROM, SourceHealth.failing(T0.plusSeconds(5), "connection refused"),
                ok.latest(), NONE, NONE);

        assertThat(Transition.ofHealth(null, ok)).isEmpty();
        assertThat(Transition.ofHealth(ok, failing)).get().extracting(Transition::kind)
                .isEqualTo(Transition.Kind.SOURCE_FAILING);
        assertThat(Transition.ofHealth(failing, ok)).get().extracting(Transition::kind)
                .isEqualTo(Transition.Kind.SOURCE_RECOVERED);
    }
}
