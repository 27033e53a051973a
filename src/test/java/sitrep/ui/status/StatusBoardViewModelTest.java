package sitrep.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.source.changes.Transition;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.source.polling.SourceUpdate;

class StatusBoardViewModelTest {

    private static final String PROM = "http://127.0.0.1:9090";
    private static final String AM = "http://127.0.0.1:9093";
    private static final Instant T0 = Instant.parse("2026-11-25T14:00:00Z");
    private static final MetricSeries NONE = new MetricSeries(Map.of(), new long[0], new double[0]);

    private final List<Transition> transitions = new ArrayList<>();
    private final StatusBoardViewModel vm = new StatusBoardViewModel(ZoneId.of("UTC"),
            Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC));

    StatusBoardViewModelTest() {
        vm.onTransition(transitions::add);
    }

    private static SourceUpdate ok(String url, SourceKind kind, Instant at, List<ComponentStatus> components,
                                   List<Alert> alerts) {
        HealthLevel level = HealthLevel.worstOf(components.stream().map(ComponentStatus::level).toList());
        SourceSnapshot s = new SourceSnapshot(url, kind, at, Duration.ofMillis(12), "2.42.0", level, components,
                alerts, List.of(), List.of(), List.of());
        return new SourceUpdate(url, SourceHealth.ok(at), s, NONE, NONE);
    }

    private static Alert alert(AlertState state, List<String> inhibitedBy) {
        return new Alert("DatabaseUnreachable", "critical", "db-tcp probe failing", state, T0.plusSeconds(5), null,
                List.of(), inhibitedBy, Map.of("alertname", "DatabaseUnreachable", "instance", "db:5432",
                        "alertstate", state == AlertState.FIRING ? "firing" : "active"));
    }

    private static ComponentStatus db(HealthLevel level) {
        return new ComponentStatus("db-tcp", "blackbox", level, null, "probe_success");
    }

    @Test
    void aSourceIsListedAsWaitingBeforeItsFirstAnswer() {
        vm.expect(PROM, "prometheus");

        assertThat(vm.sources()).singleElement().satisfies(r -> {
            assertThat(r.health()).isEqualTo("waiting for the first answer");
            assertThat(r.level()).isEqualTo(HealthLevel.UNKNOWN);
        });
        assertThat(vm.summaryProperty().get()).isEqualTo(
                "Sources: 0 of 1 answering · " + PROM + ": waiting for the first answer");
    }

    @Test
    void healthySourceShowsTilesWithLevelInWordsAndSince() {
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(db(HealthLevel.OPERATIONAL)), List.of()));

        assertThat(vm.sources()).singleElement().satisfies(r -> {
            assertThat(r.health()).isEqualTo("ok");
            assertThat(r.kind()).isEqualTo("prometheus");
            assertThat(r.latency()).isEqualTo("12 ms");
        });
        assertThat(vm.components()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("db-tcp");
            assertThat(t.level().label()).isEqualTo("Operational");
            assertThat(t.since()).isEqualTo("seen since 14:00:30");
        });
        assertThat(vm.summaryProperty().get()).isEqualTo("Sources: all 1 answering");
        assertThat(transitions).isEmpty();
    }

    @Test
    void aLevelThatHeldAsFarBackAsTheConsoleLookedIsForSixHoursOrMoreNotSinceThatInstant() {
        Instant lookedBackTo = T0.minus(sitrep.source.TargetChangeTimes.LOOKBACK);
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(new ComponentStatus("db-tcp", "blackbox",
                HealthLevel.OPERATIONAL, lookedBackTo, "probe_success", true)), List.of()));
        assertThat(vm.components()).singleElement().satisfies(t -> {
            assertThat(t.since()).isEqualTo("for 6 h or more");
            assertThat(t.sinceAtLeast()).isTrue();
        });
    }

    @Test
    void aLevelHeldSinceAFreshPrometheusBeganIsForTheTimeThereIsDataForNotSixHours() {
        // Prometheus started two minutes before: its first sample is where looking back ends.
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(new ComponentStatus("web", "web",
                HealthLevel.MAJOR_OUTAGE, T0.minusSeconds(130), "up", true)), List.of()));
        assertThat(vm.components()).singleElement().satisfies(t -> assertThat(t.since()).isEqualTo("for 2 min or more"));
    }

    @Test
    void anIncidentZoneSetAfterTheFirstAnswersRewritesTheirTimesAndSuggestsNothing() {
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(db(HealthLevel.MAJOR_OUTAGE)),
                List.of(alert(AlertState.FIRING, List.of()))));
        int suggested = transitions.size();

        vm.setZone(ZoneId.of("America/Los_Angeles"));

        assertThat(vm.components()).singleElement().satisfies(t -> assertThat(t.since()).isEqualTo("seen since 06:00:30"));
        assertThat(vm.alerts()).singleElement().satisfies(a -> assertThat(a.since()).isEqualTo("06:00:05"));
        assertThat(vm.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(transitions).hasSize(suggested);
    }

    @Test
    void outageChangesTheTileAndRaisesOneTransitionPerChange() {
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(db(HealthLevel.OPERATIONAL)), List.of()));
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0.plusSeconds(6), List.of(db(HealthLevel.MAJOR_OUTAGE)),
                List.of(alert(AlertState.FIRING, List.of()))));
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0.plusSeconds(11), List.of(db(HealthLevel.MAJOR_OUTAGE)),
                List.of(alert(AlertState.FIRING, List.of()))));

        assertThat(vm.components()).singleElement().satisfies(t -> {
            assertThat(t.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
            assertThat(t.since()).isEqualTo("since 14:00:30");
        });
        assertThat(transitions).extracting(Transition::kind).containsExactly(
                Transition.Kind.COMPONENT_CHANGED,
                Transition.Kind.ALERT_FIRING);
        assertThat(transitions.get(0).text()).isEqualTo("db-tcp is major outage (was operational)");
        assertThat(transitions.get(1).evidence()).containsEntry("severity", "critical")
                .containsEntry("alert", "DatabaseUnreachable");
    }

    @Test
    void theSameAlertFromPrometheusAndAlertmanagerIsOneRowWithAlertmanagersSuppression() {
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(), List.of(alert(AlertState.FIRING, List.of()))));
        vm.apply(ok(AM, SourceKind.ALERTMANAGER, T0, List.of(),
                List.of(alert(AlertState.SUPPRESSED, List.of("3f2a")))));

        assertThat(vm.alerts()).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo("suppressed");
            assertThat(a.suppressedBy()).isEqualTo("inhibited by 3f2a");
            assertThat(a.source()).isEqualTo(AM);
            assertThat(a.since()).isEqualTo("14:00:05");
        });
    }

    @Test
    void listsStayObservableForListenersThatKeepNoOtherReference() {
        List<Integer> sizes = new ArrayList<>();
        vm.sources().addListener((javafx.collections.ListChangeListener<StatusBoardViewModel.SourceRow>) c ->
                sizes.add(c.getList().size()));
        System.gc();

        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(), List.of()));

        assertThat(sizes).isNotEmpty();
        assertThat(vm.sources()).isSameAs(vm.sources());
    }

    @Test
    void externalLabelsAddedOnTheWayToAlertmanagerDoNotSplitAnAlertInTwo() {
        Alert prom = alert(AlertState.FIRING, List.of());
        Map<String, String> withExternal = new java.util.HashMap<>(prom.labels());
        withExternal.remove("alertstate");
        withExternal.put("env", "outage-drill");
        withExternal.put("cluster", "eu-1");
        Alert am = new Alert(prom.name(), prom.severity(), prom.summary(), AlertState.ACTIVE, T0.plusSeconds(6), null,
                List.of(), List.of(), withExternal);

        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(), List.of(prom)));
        vm.apply(ok(AM, SourceKind.ALERTMANAGER, T0, List.of(), List.of(am)));
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0.plusSeconds(5), List.of(), List.of(prom)));

        assertThat(vm.alerts()).singleElement().satisfies(a -> assertThat(a.state()).isEqualTo("active"));
        assertThat(transitions).extracting(Transition::kind)
                .containsExactly(Transition.Kind.ALERT_FIRING);
    }

    @Test
    void alertmanagerAnsweringBeforePrometheusDoesNotResolveAndRefireTheAlert() {
        Alert prom = alert(AlertState.FIRING, List.of());
        Map<String, String> withExternal = new java.util.HashMap<>(prom.labels());
        withExternal.remove("alertstate");
        withExternal.put("env", "outage-drill");
        Alert am = new Alert(prom.name(), prom.severity(), prom.summary(), AlertState.ACTIVE, T0.plusSeconds(6), null,
                List.of(), List.of(), withExternal);
        vm.expect(PROM, "prometheus");
        vm.expect(AM, "alertmanager");

        vm.apply(ok(AM, SourceKind.ALERTMANAGER, T0, List.of(), List.of(am)));
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0.plusSeconds(1), List.of(), List.of(prom)));
        vm.apply(ok(AM, SourceKind.ALERTMANAGER, T0.plusSeconds(5), List.of(), List.of(am)));

        assertThat(vm.alerts()).hasSize(1);
        assertThat(transitions).extracting(Transition::kind)
                .containsExactly(Transition.Kind.ALERT_FIRING);
    }

    @Test
    void aPinnedAlertCarriesWhatItSaidAsEvidence() {
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(), List.of(alert(AlertState.FIRING, List.of()))));

        sitrep.domain.Suggestion s = vm.pinned(vm.alerts().get(0));

        assertThat(s.text()).isEqualTo("Alert DatabaseUnreachable firing: db-tcp probe failing");
        assertThat(s.time()).isEqualTo(T0.plusSeconds(5));
        assertThat(s.evidence()).containsEntry("severity", "critical").containsEntry("instance", "db:5432")
                .containsEntry("source", PROM);
    }

    @Test
    void alertsSortBySeverityThenAge() {
        Alert warning = new Alert("HighLatency", "warning", "", AlertState.FIRING, T0, null, List.of(), List.of(),
                Map.of("alertname", "HighLatency"));
        Alert critical = new Alert("ApiDown", "critical", "", AlertState.FIRING, T0.plusSeconds(60), null,
                List.of(), List.of(), Map.of("alertname", "ApiDown"));
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(), List.of(warning, critical)));

        assertThat(vm.alerts()).extracting(StatusBoardViewModel.AlertRow::name).containsExactly("ApiDown", "HighLatency");
    }

    @Test
    void aFailingSourceSaysWhyGreysItsTilesAndRecovers() {
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(db(HealthLevel.OPERATIONAL)), List.of()));
        SourceUpdate last = ok(PROM, SourceKind.PROMETHEUS, T0, List.of(db(HealthLevel.OPERATIONAL)), List.of());
        vm.apply(new SourceUpdate(PROM, SourceHealth.stale(T0, PROM + ": connection refused"), last.latest(), NONE,
                NONE));

        assertThat(vm.sources()).singleElement().satisfies(r -> {
            assertThat(r.health()).isEqualTo("stale since 14:00:00 - connection refused");
            assertThat(r.level()).isEqualTo(HealthLevel.UNKNOWN);
        });
        assertThat(vm.components()).singleElement().satisfies(t -> {
            assertThat(t.stale()).isTrue();
            assertThat(t.since()).endsWith(" · source stale since 14:00:00").doesNotContain("connection refused");
        });
        assertThat(vm.summaryProperty().get()).isEqualTo(
                "Sources: 0 of 1 answering · stale since 14:00:00 - " + PROM + ": connection refused");

        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0.plusSeconds(20), List.of(db(HealthLevel.OPERATIONAL)), List.of()));
        assertThat(transitions).extracting(Transition::kind).containsExactly(
                Transition.Kind.SOURCE_FAILING,
                Transition.Kind.SOURCE_RECOVERED);
    }

    @Test
    void anAlertThatDisappearsIsResolved() {
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0, List.of(), List.of(alert(AlertState.FIRING, List.of()))));
        vm.apply(ok(PROM, SourceKind.PROMETHEUS, T0.plusSeconds(5), List.of(), List.of()));

        assertThat(vm.alerts()).isEmpty();
        assertThat(transitions).extracting(Transition::kind).containsExactly(
                Transition.Kind.ALERT_FIRING,
                Transition.Kind.ALERT_RESOLVED);
    }

    @Test
    void aTileIsNamedWithItsStatusPageGroupButATargetNotWithItsJobTwice() {
        assertThat(new StatusBoardViewModel.ComponentTile("s", "Database", "EU", HealthLevel.MAJOR_OUTAGE, "", false,
                null, true, false).label()).isEqualTo("EU / Database");
        assertThat(new StatusBoardViewModel.ComponentTile("s", "db-tcp/127.0.0.1:5432", "db-tcp",
                HealthLevel.MAJOR_OUTAGE, "", false, null, true, false).label()).isEqualTo("db-tcp/127.0.0.1:5432");
        assertThat(new StatusBoardViewModel.ComponentTile("s", "API", "", HealthLevel.OPERATIONAL, "", false, null,
                true, false).label()).isEqualTo("API");
    }

    @Test
    void whatASourceSaidOfItsOwnAnswerIsShownWithItsHealth() {
        SourceSnapshot s = new SourceSnapshot("http://status", SourceKind.HTTP, T0, Duration.ofMillis(8), null,
                HealthLevel.OPERATIONAL, List.of(), List.of(), List.of(), List.of(),
                List.of("answered with a web page, not a status API: only its HTTP status is checked"));
        vm.apply(new SourceUpdate("http://status", SourceHealth.ok(T0), s, NONE, NONE));

        assertThat(vm.sources()).singleElement().satisfies(r -> assertThat(r.health())
                .isEqualTo("ok · answered with a web page, not a status API: only its HTTP status is checked"));
    }
}
