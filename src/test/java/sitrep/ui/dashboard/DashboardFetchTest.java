package sitrep.ui.dashboard;

import sitrep.panels.PanelDefinition;
import sitrep.chart.ChartSpec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.source.MetricSource;
import sitrep.source.SourceError;

class DashboardFetchTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:10:00Z");
    private static final TimeWindow.Range LAST_10_MIN = new TimeWindow.Range(NOW.minusSeconds(600), NOW);

    /** A metric source scripted per expression: series, or an error to throw. */
    private static final class Scripted implements MetricSource {
        final Map<String, List<MetricSeries>> answers = new HashMap<>();
        final Map<String, SourceError> failures = new HashMap<>();
        final List<Duration> steps = new ArrayList<>();

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public Range range(String expression, Instant start, Instant end, Duration step) throws SourceError {
            steps.add(step);
            if (failures.containsKey(expression)) {
                throw failures.get(expression);
            }
            return new Range(answers.getOrDefault(expression, List.of()), List.of());
        }
    }

    private static MetricSeries series(Map<String, String> labels, int points, double value) {
        long[] t = new long[points];
        double[] v = new double[points];
        for (int i = 0; i < points; i++) {
            t[i] = LAST_10_MIN.from().toEpochMilli() + i * 1000L;
            v[i] = value;
        }
        return new MetricSeries(labels, t, v);
    }

    private static FetchRequest request(List<PanelDefinition> panels, int plotWidth) {
        return new FetchRequest(panels, LAST_10_MIN, plotWidth, ZoneOffset.UTC, NOW.minusSeconds(300), null,
                List.of());
    }

    private static PanelDefinition panel(String expr, boolean optional) {
        return new PanelDefinition("Latency", List.of(expr), "s", List.of("{{instance}}"), List.of(),
                ChartSpec.YAxisMode.FROM_ZERO, optional);
    }

    @Test
    void seriesAreLabelledFromTheLegendFormatAndDecimatedToTwoPointsPerPixel() {
        Scripted source = new Scripted();
        source.answers.put("lat", List.of(series(Map.of("instance", "api-1"), 600, 0.2)));

        DashboardFrame f = new DashboardFetch(source, Clock.fixed(NOW, ZoneOffset.UTC))
                .run(request(List.of(panel("lat", false)), 100));

        DashboardFrame.PanelResult r = f.panels().get(0);
        assertThat(r.hidden()).isFalse();
        assertThat(r.spec().series()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("api-1");
            assertThat(s.points().size()).isLessThanOrEqualTo(200);
        });
        assertThat(r.spec().incidentFrom()).isEqualTo(NOW.minusSeconds(300).toEpochMilli());
        assertThat(r.spec().incidentTo()).isEqualTo(NOW.toEpochMilli());
        assertThat(source.steps.get(0)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void anOptionalPanelWithoutDataHidesButAUserPanelStaysAndSaysNothingMatched() {
        Scripted source = new Scripted();

        DashboardFrame f = new DashboardFetch(source, Clock.fixed(NOW, ZoneOffset.UTC))
                .run(request(List.of(panel("absent", true), panel("mine", false)), 500));

        assertThat(f.panels().get(0).hidden()).isTrue();
        assertThat(f.panels().get(1).hidden()).isFalse();
        assertThat(f.panels().get(1).spec().series()).isEmpty();
    }

    @Test
    void aSourceThatDoesNotAnswerIsAskedOncePerRefreshAndEveryPanelGoesStale() {
        Scripted source = new Scripted();
        source.answers.put("a", List.of(series(Map.of("instance", "api-1"), 60, 1)));
        source.answers.put("b", List.of(series(Map.of("instance", "api-1"), 60, 2)));
        DashboardFetch fetch = new DashboardFetch(source, Clock.fixed(NOW, ZoneOffset.UTC));
        FetchRequest twoPanels = request(List.of(panel("a", false), panel("b", false)), 500);
        fetch.run(twoPanels);
        int asked = source.steps.size();
        SourceError hung = new SourceError("http://prom", SourceError.Kind.READ_TIMEOUT, "no response within 10 s");
        for (String e : List.of("a", "b", DefaultPanels.PROBE_SUCCESS, DefaultPanels.UP)) {
            source.failures.put(e, hung);
        }

        DashboardFrame f = fetch.run(twoPanels);

        // Each query would have waited its own timeout: the first one's answer stands for the rest.
        assertThat(source.steps.size() - asked).isEqualTo(1);
        assertThat(f.panels()).allSatisfy(p -> {
            assertThat(p.spec().stale()).isTrue();
            assertThat(p.error()).contains("no response within 10 s");
        });
        // A panel of several queries says it once; an optional panel that never had data stays hidden.
        PanelDefinition three = new PanelDefinition("Latency", List.of("p50", "p95", "p99"), "s", List.of(), List.of(),
                ChartSpec.YAxisMode.FROM_ZERO, false);
        DashboardFrame more = fetch.run(request(List.of(panel("a", false), three, panel("never", true)), 500));
        assertThat(more.panels().get(1).error().lines()).hasSize(1);
        assertThat(more.panels().get(2).hidden()).isTrue();
        // The next refresh tries the source again.
        source.failures.clear();
        fetch.run(twoPanels);
        assertThat(source.steps.size() - asked).isEqualTo(2 + asked);
    }

    @Test
    void badPromQlIsShownInTheServersWords() {
        Scripted source = new Scripted();
        source.failures.put("rate(", new SourceError("http://prom", SourceError.Kind.API_ERROR,
                "bad_data: 1:6: parse error: unclosed left parenthesis", "bad_data", null));

        DashboardFrame.PanelResult r = new DashboardFetch(source, Clock.fixed(NOW, ZoneOffset.UTC))
                .run(request(List.of(panel("rate(", false)), 500)).panels().get(0);

        assertThat(r.error()).isEqualTo("bad_data: 1:6: parse error: unclosed left parenthesis");
        assertThat(r.spec()).isNull();
    }

    @Test
    void aSourceThatStopsAnsweringGreysTheLastDataWithStaleSince() {
        Scripted source = new Scripted();
        source.answers.put("lat", List.of(series(Map.of("instance", "api-1"), 60, 0.2)));
        DashboardFetch fetch = new DashboardFetch(source, Clock.fixed(NOW, ZoneOffset.UTC));
        fetch.run(request(List.of(panel("lat", false)), 500));

        source.failures.put("lat", new SourceError("http://prom", SourceError.Kind.CONNECTION_REFUSED,
                "connection refused"));
        DashboardFrame.PanelResult r = fetch.run(request(List.of(panel("lat", false)), 500)).panels().get(0);

        assertThat(r.spec().staleNote()).isEqualTo("stale since 14:10:00 (connection refused)");
        assertThat(r.spec().series()).hasSize(1);
        assertThat(r.error()).isEqualTo("http://prom: connection refused");
    }

    @Test
    void connectivityBandsFollowProbeSuccessAndPreferTheProbeOverItsExportersUp() {
        Scripted source = new Scripted();
        Map<String, String> db = Map.of("job", "db-tcp", "instance", "db:5432");
        long[] t = new long[10];
        double[] v = new double[10];
        for (int i = 0; i < 10; i++) {
            t[i] = LAST_10_MIN.from().toEpochMilli() + i * 60_000L;
            v[i] = i >= 4 && i < 7 ? 0 : 1;
        }
        source.answers.put(DefaultPanels.PROBE_SUCCESS, List.of(new MetricSeries(db, t, v)));
        source.answers.put(DefaultPanels.UP, List.of(series(db, 10, 1), series(Map.of("job", "prometheus",
                "instance", "prom:9090"), 10, 1)));

        // A narrow chart asks for 30 s steps, so one sample a minute is continuous data.
        DashboardFrame f = new DashboardFetch(source, Clock.fixed(NOW, ZoneOffset.UTC)).run(request(List.of(), 10));

        assertThat(f.connectivity()).extracting(ConnectivityRow::name).containsExactly("db-tcp db:5432",
                "prometheus prom:9090");
        ConnectivityRow row = f.connectivity().get(0);
        assertThat(row.segments()).extracting(ConnectivityRow.Segment::level).containsSubsequence(
                HealthLevel.OPERATIONAL, HealthLevel.MAJOR_OUTAGE, HealthLevel.OPERATIONAL);
        assertThat(row.levelAt(Instant.ofEpochMilli(t[5]))).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(row.segments().get(1).from()).isEqualTo(Instant.ofEpochMilli(t[4]));
    }

    @Test
    void aTargetThatStopsReportingTurnsUnknownNotOperational() {
        MetricSeries s = series(Map.of("job", "x"), 100, 1);
        TimeWindow.Range range = new TimeWindow.Range(LAST_10_MIN.from(), LAST_10_MIN.from().plusSeconds(600));

        List<ConnectivityRow.Segment> segs = ConnectivitySegments.of(s, range, Duration.ofSeconds(1));

        assertThat(segs).extracting(ConnectivityRow.Segment::level)
                .containsExactly(HealthLevel.OPERATIONAL, HealthLevel.UNKNOWN);
    }

    /** The drill's database target over an hour that begins 25 minutes after the database failed. */
    private static List<ConnectivityRow> drillRows(TimeWindow.Range range, int plotWidth,
                                                   sitrep.source.TargetChangeTimes times) {
        sitrep.source.drill.Drill drill = sitrep.source.TargetChangeTimesTestAccess.drillAt(range.to());
        DashboardFetch fetch = new DashboardFetch(drill.metrics(), Clock.fixed(range.to(), ZoneOffset.UTC),
                (e, s) -> { }, times);
        return fetch.run(new FetchRequest(List.of(), range, plotWidth, ZoneOffset.UTC, null, null,
                List.of())).connectivity();
    }

    private static ConnectivityRow row(List<ConnectivityRow> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aBandThatBeganBeforeTheWindowNamesTheTrueStartAndARedrawDoesNotMoveIt() {
        Instant failed = Instant.parse("2023-06-10T22:01:00Z");
        Instant to = Instant.parse("2023-06-10T23:26:11Z");
        sitrep.source.TargetChangeTimes times = new sitrep.source.TargetChangeTimes(
                sitrep.source.TargetChangeTimesTestAccess.drillAt(to).metrics());
        TimeWindow.Range hour = new TimeWindow.Range(to.minus(Duration.ofHours(1)), to);
        ConnectivityRow db = row(drillRows(hour, 640, times), "blackbox-tcp db.internal:5432");
        assertThat(db.segments()).hasSize(1);
        assertThat(db.segments().get(0).from()).isEqualTo(failed);
        assertThat(BandWords.bandLabel(db.segments().get(0), to, ZoneOffset.ofHours(-8)))
                .isEqualTo("Major outage since 14:01:00, 1 h 25 min");
        // A redraw 27 s later at another width, so another step: the same instant.
        TimeWindow.Range later = hour.shiftedBy(Duration.ofSeconds(27));
        ConnectivityRow again = row(drillRows(later, 517, times), "blackbox-tcp db.internal:5432");
        assertThat(again.segments().get(0).from()).isEqualTo(failed);
    }

    @Test
    void aBandWhoseDataBeganMinutesAgoIsHeldForThoseMinutesOrMore() {
        Instant now = Instant.parse("2026-12-01T19:32:13Z");
        ConnectivityRow.Segment fresh = new ConnectivityRow.Segment(now.minusSeconds(29), HealthLevel.MAJOR_OUTAGE, true);
        assertThat(BandWords.bandLabel(fresh, now, ZoneOffset.UTC)).isEqualTo("Major outage for 29 s or more");
    }

    @Test
    void changesInsideTheWindowAreAtTheirSecondWhateverTheStep() {
        Instant to = Instant.parse("2023-06-10T23:40:00Z"); // 15:40 PST
        sitrep.source.TargetChangeTimes times = new sitrep.source.TargetChangeTimes(
                sitrep.source.TargetChangeTimesTestAccess.drillAt(to).metrics());
        TimeWindow.Range hour = new TimeWindow.Range(to.minus(Duration.ofHours(1)), to);
        for (int width : new int[] {300, 733}) {
            ConnectivityRow api2 = row(drillRows(hour, width, times), "api api-2:8080");
            // Up since before anything looked at (six hours back), then down 15:10 to 15:12 PST.
            assertThat(api2.segments()).extracting(ConnectivityRow.Segment::from).containsExactly(
                    to.minus(Duration.ofHours(7)), Instant.parse("2023-06-10T23:10:00Z"),
                    Instant.parse("2023-06-10T23:12:00Z"));
            assertThat(api2.segments().get(0).before()).isTrue();
            assertThat(BandWords.bandLabel(api2.segments().get(0), Instant.parse("2023-06-10T23:10:00Z"),
                    ZoneOffset.ofHours(-8))).isEqualTo("Operational for 6 h or more");
        }
    }

    @Test
    void aTargetChangingThreeTimesInFiveMinutesIsOneFlappingStretch() {
        Instant to = Instant.parse("2023-06-10T22:20:00Z"); // 14:20 PST
        sitrep.source.TargetChangeTimes times = new sitrep.source.TargetChangeTimes(
                sitrep.source.TargetChangeTimesTestAccess.drillAt(to).metrics());
        TimeWindow.Range window = new TimeWindow.Range(to.minus(Duration.ofMinutes(30)), to);
        ConnectivityRow healthz = row(drillRows(window, 600, times), "blackbox-http https://api.example.com/healthz");
        assertThat(healthz.flapping()).hasSize(1);
        ConnectivityRow.Flap flap = healthz.flapping().get(0);
        assertThat(flap.from()).isEqualTo(Instant.parse("2023-06-10T22:04:00Z"));
        assertThat(flap.to()).isEqualTo(Instant.parse("2023-06-10T22:10:00Z"));
        assertThat(BandWords.flapLabel(flap, ZoneOffset.ofHours(-8)))
                .isEqualTo("Flapping 14:04 to 14:10, " + flap.changes() + " changes");
        assertThat(flap.changes()).isEqualTo(7);
        // A steady target is never flapping.
        assertThat(row(drillRows(window, 600, times), "blackbox-tcp db.internal:5432").flapping()).isEmpty();
    }
}
