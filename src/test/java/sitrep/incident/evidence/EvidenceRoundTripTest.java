package sitrep.incident.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.domain.StatusIncident;
import sitrep.source.drill.MutableClock;
import sitrep.source.polling.ReachabilitySeries;
import sitrep.source.polling.SourceUpdate;

public class EvidenceRoundTripTest {

    public static final Instant T0 = Instant.parse("2023-06-10T22:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);
    private final List<String> problems = new ArrayList<>();
    private final ReachabilitySeries reach = new ReachabilitySeries("prom", 100);

    public static SourceSnapshot snapshot(Instant at, HealthLevel level, boolean alert) {
        List<Alert> alerts = alert ? List.of(new Alert("DatabaseUnreachable", "critical", "db down", AlertState.FIRING,
                at.minusSeconds(60), null, List.of(), List.of(), Map.of("alertname", "DatabaseUnreachable")))
                : List.of();
        return new SourceSnapshot("prom", SourceKind.PROMETHEUS, at, Duration.ofMillis(4), "2.42.0", level,
                List.of(new ComponentStatus("blackbox-tcp/db:5432", "blackbox-tcp", level, null, "probe \"failed\"")),
                alerts, List.of(MetricSeries.single(Map.of("__name__", "pg_up"), at.toEpochMilli(), Double.NaN)),
                List.of(new StatusIncident("Errors", "investigating", "major", false, T0,
                        List.of(new StatusIncident.Update("investigating", "Looking", T0)))), List.of());
    }

    private SourceUpdate update(SourceSnapshot s, boolean ok) {
        reach.record(clock.instant(), ok, Duration.ofMillis(ok ? 4 : 3000));
        SourceHealth h = ok ? SourceHealth.ok(clock.instant()) : SourceHealth.stale(s.at(), "prom: connection refused");
        return new SourceUpdate("prom", h, s, reach.upSeries(), reach.latencySeries());
    }

    @Test
    void whatWasRecordedReadsBackAsTimelinesAndSeries() throws Exception {
        try (EvidenceRecorder r = EvidenceRecorder.open(dir, EvidenceRecorder.DEFAULT_CAP_BYTES, clock, problems::add)) {
            SourceSnapshot ok = snapshot(T0, HealthLevel.OPERATIONAL, false);
            r.accept(update(ok, true));
            clock.advance(Duration.ofSeconds(5));
            SourceSnapshot ok2 = snapshot(clock.instant(), HealthLevel.OPERATIONAL, false);
            r.accept(update(ok2, true));
            clock.advance(Duration.ofSeconds(5));
            r.accept(update(ok2, false));
            clock.advance(Duration.ofSeconds(5));
            r.accept(update(snapshot(clock.instant(), HealthLevel.MAJOR_OUTAGE, true), true));
            MetricSeries chart = new MetricSeries(Map.of("quantile", "0.99"), new long[] {1000, 2000, 3000},
                    new double[] {0.1, Double.POSITIVE_INFINITY, 0.3});
            r.recordSeries("histogram_quantile(0.99, x)", List.of(chart));
            // A redraw fetches an overlapping window: only the newer sample is appended.
            r.recordSeries("histogram_quantile(0.99, x)", List.of(new MetricSeries(chart.labels(),
                    new long[] {2000, 3000, 4000}, new double[] {Double.POSITIVE_INFINITY, 0.3, 0.4})));
            assertThat(r.status().recording()).isTrue();
        }
        List<String> lines = Files.readAllLines(Files.list(dir).findFirst().orElseThrow());
        // session; poll, snap, series; poll, unchanged snap, series; failed poll; poll, snap, series; two charts
        assertThat(lines).hasSize(1 + 3 + 3 + 1 + 3 + 2);
        assertThat(lines.get(5)).contains("\"same\":true").doesNotContain("comp");
        assertThat(lines.get(12)).endsWith("\"ms\":[4000],\"v\":[0.4]}");

        Evidence e = EvidenceReader.read(dir);
        assertThat(e.warnings()).isEmpty();
        assertThat(e.levelTimeline("prom")).extracting(Evidence.LevelChange::level)
                .containsExactly(HealthLevel.OPERATIONAL, HealthLevel.MAJOR_OUTAGE);
        assertThat(e.alertTimeline("prom")).extracting(Evidence.AlertChange::alert, Evidence.AlertChange::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DatabaseUnreachable", "firing"));
        assertThat(e.polls().get("prom")).extracting(p -> p.health().state()).containsExactly(SourceHealth.State.OK,
                SourceHealth.State.OK, SourceHealth.State.STALE, SourceHealth.State.OK);
        assertThat(e.reachable().get("prom").values()).containsExactly(1.0, 1.0, 0.0, 1.0);
        assertThat(e.latency().get("prom").values()).containsExactly(0.004, 0.004, 3.0, 0.004);
        assertThat(e.series().get("histogram_quantile(0.99, x)")).singleElement().satisfies(s -> {
            assertThat(s.epochMillis()).containsExactly(1000, 2000, 3000, 4000);
            assertThat(s.values()).containsExactly(0.1, Double.POSITIVE_INFINITY, 0.3, 0.4);
        });
        SourceSnapshot second = e.snapshots().get("prom").get(1);
        SourceSnapshot original = snapshot(T0.plusSeconds(5), HealthLevel.OPERATIONAL, false);
        assertThat(second.components()).isEqualTo(original.components());
        assertThat(second.incidents()).isEqualTo(original.incidents());
        assertThat(e.snapshots().get("prom").get(2).alerts()).isEqualTo(
                snapshot(T0.plusSeconds(15), HealthLevel.MAJOR_OUTAGE, true).alerts());
        assertThat(e.sourceSeries().get("prom")).singleElement().satisfies(s -> assertThat(s.size()).isEqualTo(3));
        assertThat(problems).isEmpty();
    }

    /**
     * A poller is interrupted when its session stops (the console closing, another source connected), possibly in
     * the middle of recording: the line is written all the same and recording goes on for the next poller.
     */
    @Test
    void aPollerInterruptedWhileItRecordsNeitherLosesTheLineNorStopsTheRecording() throws Exception {
        try (EvidenceRecorder r = EvidenceRecorder.open(dir, EvidenceRecorder.DEFAULT_CAP_BYTES, clock, problems::add)) {
            Thread.currentThread().interrupt();
            try {
                r.accept(update(snapshot(T0, HealthLevel.DEGRADED, false), true));
            } finally {
                Thread.interrupted();
            }
            clock.advance(Duration.ofSeconds(15));
            r.accept(update(snapshot(clock.instant(), HealthLevel.MAJOR_OUTAGE, false), true));
            assertThat(r.status().problem()).isNull();
        }
        assertThat(problems).isEmpty();
        Evidence e = EvidenceReader.read(dir);
        assertThat(e.snapshots().get("prom")).extracting(SourceSnapshot::level)
                .containsExactly(HealthLevel.DEGRADED, HealthLevel.MAJOR_OUTAGE);
    }

    @Test
    void aTornLastLineIsSkippedWithAWarning() throws Exception {
        Path file;
        try (EvidenceRecorder r = EvidenceRecorder.open(dir, EvidenceRecorder.DEFAULT_CAP_BYTES, clock, problems::add)) {
            r.accept(update(snapshot(T0, HealthLevel.DEGRADED, false), true));
            file = r.file();
        }
        Files.writeString(file, "{\"t\":\"snap\",\"src\":\"prom\",\"kind\":\"prometh", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Evidence e = EvidenceReader.read(dir);
        assertThat(e.snapshots().get("prom")).extracting(SourceSnapshot::level).containsExactly(HealthLevel.DEGRADED);
        assertThat(e.warnings()).singleElement().asString().contains(":5: torn last line skipped");
    }

    @Test
    void atTheCapRecordingStopsVisiblyAndKeepsWhatWasRecorded() throws Exception {
        long cap = 8192;
        try (EvidenceRecorder r = EvidenceRecorder.open(dir, cap, clock, problems::add)) {
            for (int i = 0; i < 200 && r.status().recording(); i++) {
                clock.advance(Duration.ofSeconds(5));
                r.accept(update(snapshot(clock.instant(), i % 2 == 0 ? HealthLevel.OPERATIONAL : HealthLevel.DEGRADED,
                        i % 2 == 1), true));
            }
            assertThat(r.status().recording()).isFalse();
            assertThat(r.status().problem()).contains("reached its size cap of 0 MiB (8192 bytes)");
            long size = Files.size(r.file());
            r.accept(update(snapshot(clock.instant(), HealthLevel.OPERATIONAL, false), true));
            assertThat(Files.size(r.file())).as("nothing after the cap").isEqualTo(size);
            assertThat(size).isLessThanOrEqualTo(cap);
        }
        assertThat(problems).hasSize(1);
        Evidence e = EvidenceReader.read(dir);
        assertThat(e.capReached()).isTrue();
        assertThat(e.snapshots().get("prom")).hasSizeGreaterThan(5);
        assertThat(e.warnings()).anyMatch(w -> w.contains("size cap of 8192 bytes was reached"));

        // A later session in the same folder starts full: the cap is for the folder as a whole.
        List<String> later = new ArrayList<>();
        try (EvidenceRecorder r = EvidenceRecorder.open(dir, cap, clock, later::add)) {
            r.accept(update(snapshot(clock.instant(), HealthLevel.OPERATIONAL, false), true));
            assertThat(r.status().recording()).isFalse();
        }
        assertThat(later).hasSize(1);
    }
}
