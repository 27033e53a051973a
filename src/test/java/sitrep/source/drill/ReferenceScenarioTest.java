package sitrep.source.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.source.MetricSource;
import sitrep.source.StatusSource;

/** The built-in drill, evaluated at the reference outage's key times (PST, fixed UTC-08:00). */
class ReferenceScenarioTest {

    private final Scenario scenario = Scenario.builtIn();
    private final ScenarioPlayer player = new ScenarioPlayer(scenario);

    private static Instant pst(String hhmm) {
        return OffsetDateTime.parse("2023-06-10T" + hhmm + ":00-08:00").toInstant();
    }

    private double value(String expr, String hhmm) {
        List<MetricSeries> s = player.instant(expr, pst(hhmm));
        assertThat(s).as(expr).hasSize(1);
        return s.get(0).lastValue();
    }

    private double probe(String instance, String hhmm) {
        return player.instant("probe_success{instance=\"" + instance + "\"}", pst(hhmm)).get(0).lastValue();
    }

    private Drill drillAt(String hhmm) {
        MutableClock base = new MutableClock(Instant.EPOCH);
        Drill drill = Drill.of(scenario, base);
        drill.clock().seek(pst(hhmm));
        return drill;
    }

    private SourceSnapshot poll(Drill drill, SourceKind kind) throws Exception {
        for (StatusSource s : drill.statusSources()) {
            SourceSnapshot snap = s.poll();
            if (snap.kind() == kind) {
                return snap;
            }
        }
        throw new AssertionError("no " + kind + " source");
    }

    @Test
    void runsFromTwoToHalfPastFivePstInAboutFourMinutesAtDefaultSpeed() {
        assertThat(scenario.start()).isEqualTo(Instant.parse("2023-06-10T22:00:00Z"));
        assertThat(scenario.end()).isEqualTo(Instant.parse("2023-06-11T01:30:00Z"));
        assertThat(scenario.zone().label()).isEqualTo("PST");
        double realSeconds = Duration.between(scenario.start(), scenario.end()).toSeconds() / scenario.speed();
        assertThat(realSeconds).isBetween(230.0, 250.0);
    }

    @Test
    void healthyAtTwoThenLatencyAndErrorsClimb() {
        assertThat(value(DrillExpressions.LATENCY_P99, "13:55")).isBetween(0.2, 0.3);
        assertThat(value(DrillExpressions.LATENCY_P99, "14:10")).isGreaterThan(1.5);
        assertThat(value(DrillExpressions.LATENCY_P99, "15:00")).isGreaterThan(3.0);
        assertThat(value(DrillExpressions.LATENCY_P50, "13:55")).isBetween(0.07, 0.09);
        assertThat(value(DrillExpressions.LATENCY_P50, "15:00")).isGreaterThan(1.0);
        assertThat(value(DrillExpressions.ERROR_RATIO, "14:00")).isLessThan(0.01);
        assertThat(value(DrillExpressions.ERROR_RATIO, "15:00")).isGreaterThan(0.7);
        assertThat(value(DrillExpressions.REQUEST_RATE, "14:00")).isBetween(800.0, 900.0);
    }

    @Test
    void databaseProbeIsDownThroughTheOutageAndBackAfterTheFix() {
        assertThat(probe("db.internal:5432", "14:00")).isEqualTo(1.0);
        assertThat(probe("db.internal:5432", "14:30")).isEqualTo(0.0);
        assertThat(probe("db.internal:5432", "16:15")).isEqualTo(0.0);
        assertThat(probe("db.internal:5432", "16:45")).isEqualTo(1.0);
        assertThat(probe("https://api.example.com/healthz", "15:00")).isEqualTo(0.0);
        assertThat(probe("https://status.example.com", "15:33")).isEqualTo(0.0);
    }

    @Test
    void theStatusPageGoesFromOperationalThroughDegradedToMajorOutageAndBack() throws Exception {
        assertThat(poll(drillAt("14:00"), SourceKind.STATUSPAGE).level()).isEqualTo(HealthLevel.OPERATIONAL);
        assertThat(poll(drillAt("14:30"), SourceKind.STATUSPAGE).level()).isEqualTo(HealthLevel.DEGRADED);
        SourceSnapshot major = poll(drillAt("15:45"), SourceKind.STATUSPAGE);
        assertThat(major.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(major.version()).isEqualTo(Drill.VERSION);
        assertThat(major.components()).extracting(ComponentStatus::name).containsExactly("API", "Checkout", "Dashboard");
        assertThat(major.incidents()).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo("investigating"));
        assertThat(poll(drillAt("16:10"), SourceKind.STATUSPAGE).incidents().get(0).status()).isEqualTo("identified");
        SourceSnapshot after = poll(drillAt("17:30"), SourceKind.STATUSPAGE);
        assertThat(after.level()).isEqualTo(HealthLevel.OPERATIONAL);
        assertThat(after.incidents()).isEmpty();
    }

    @Test
    void alertsFireDuringTheOutageAndResolveBeforeTheEnd() throws Exception {
        SourceSnapshot prom = poll(drillAt("14:30"), SourceKind.PROMETHEUS);
        assertThat(prom.alerts()).extracting(Alert::name)
                .containsExactly("DatabaseUnreachable", "ApiLatencyHigh", "ApiErrorRateHigh");
        assertThat(prom.alerts()).allMatch(a -> a.state() == AlertState.FIRING);
        assertThat(prom.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(prom.components()).filteredOn(c -> c.name().equals("blackbox-tcp/db.internal:5432"))
                .singleElement().satisfies(c -> assertThat(c.detail()).isEqualTo("probe failed (probe_success=0)"));

        SourceSnapshot pending = poll(drillAt("14:01"), SourceKind.PROMETHEUS);
        assertThat(pending.alerts()).extracting(Alert::state).containsExactly(AlertState.PENDING);

        SourceSnapshot am = poll(drillAt("14:30"), SourceKind.ALERTMANAGER);
        assertThat(am.alerts()).extracting(Alert::state).containsOnly(AlertState.ACTIVE).hasSize(3);
        assertThat(am.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
    }

    @Test
    void everythingHasRecoveredByHalfPastFive() throws Exception {
        Drill drill = drillAt("17:30");
        for (StatusSource s : drill.statusSources()) {
            SourceSnapshot snap = s.poll();
            assertThat(snap.level()).as(s.name()).isEqualTo(HealthLevel.OPERATIONAL);
            assertThat(snap.alerts()).as(s.name()).isEmpty();
        }
        assertThat(value(DrillExpressions.LATENCY_P99, "17:30")).isLessThan(0.35);
        assertThat(value(DrillExpressions.ERROR_RATIO, "17:30")).isLessThan(0.01);
    }

    @Test
    void everyDefaultPanelExpressionIsAnsweredByTheBuiltInDrill() throws Exception {
        Drill drill = drillAt("15:00");
        MetricSource metrics = drill.metrics();
        for (DrillExpressions.Panel panel : DrillExpressions.DEFAULT_PANELS) {
            for (String expr : panel.expressions()) {
                MetricSource.Range r = metrics.range(expr, pst("14:00"), pst("15:00"), Duration.ofSeconds(15));
                assertThat(r.series()).as(expr).isNotEmpty();
                assertThat(r.series().get(0).size()).as(expr).isEqualTo(241);
            }
        }
        // Whitespace does not matter; the future is not known.
        MetricSource.Range squeezed = metrics.range(DrillExpressions.ERROR_RATIO.replace(" ", ""), pst("14:50"),
                pst("16:00"), Duration.ofMinutes(1));
        assertThat(squeezed.series().get(0).size()).isEqualTo(11);
        assertThat(metrics.range("rate(nothing[1m])", pst("14:00"), pst("15:00"), Duration.ofMinutes(1)).series())
                .isEmpty();
    }

    @Test
    void injectsAreHandedOutOnceAsTheClockPassesThem() {
        MutableClock base = new MutableClock(Instant.EPOCH);
        Drill drill = Drill.of(scenario, base);
        assertThat(drill.injects().due()).extracting(Scenario.Inject::text)
                .singleElement().asString().startsWith("Drill start");
        assertThat(drill.injects().due()).isEmpty();
        drill.clock().seek(pst("15:30"));
        assertThat(drill.injects().due()).extracting(Scenario.Inject::text)
                .hasSize(6).last().isEqualTo("The status page reports elevated errors; the incident is escalated to DevOps.");
        drill.clock().seek(pst("15:00"));
        assertThat(drill.injects().due()).isEmpty();
        base.advance(Duration.ofSeconds(20));
        assertThat(drill.injects().due()).extracting(Scenario.Inject::at).containsExactly(pst("15:10"));
    }

    @Test
    void theDrillsIncidentIsFlaggedAsADrill() {
        var incident = Drill.builtIn(new MutableClock(Instant.EPOCH)).incident();
        assertThat(incident.drill()).isTrue();
        assertThat(incident.title()).isEqualTo("Drill: Service Outage - June 10, 2023");
        assertThat(incident.start()).isEqualTo(pst("14:00"));
        assertThat(incident.zone().label()).isEqualTo("PST");
    }
}
