package sitrep.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.HealthLevel;
import sitrep.domain.IncidentZone;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceSnapshot;
import sitrep.incident.evidence.EvidenceRecorder;
import sitrep.source.MetricSource;
import sitrep.source.StatusSource;
import sitrep.source.drill.Drill;
import sitrep.source.drill.DrillExpressions;
import sitrep.source.drill.MutableClock;
import sitrep.source.polling.ReachabilitySeries;
import sitrep.source.polling.SourceUpdate;

/** Records the built-in drill polled every two scenario minutes, then replays the recording. */
class RecordingReplayTest {

    @TempDir
    Path dir;

    @Test
    void theReplayShowsTheSameLevelsAtTheSameRelativeTimesAndTheSameSamples() throws Exception {
        Drill original = Drill.builtIn(new MutableClock(Instant.EPOCH));
        original.clock().pause();
        Map<String, ReachabilitySeries> reach = new LinkedHashMap<>();
        Map<Duration, Map<String, HealthLevel>> seen = new LinkedHashMap<>();
        Instant start = original.start();
        MetricSeries recordedP99;
        try (EvidenceRecorder recorder = EvidenceRecorder.open(dir, EvidenceRecorder.DEFAULT_CAP_BYTES,
                original.clock(), w -> { })) {
            for (Instant t = start; !t.isAfter(original.end()); t = t.plusSeconds(120)) {
                original.clock().seek(t);
                Map<String, HealthLevel> levels = new LinkedHashMap<>();
                for (StatusSource s : original.statusSources()) {
                    SourceSnapshot snap = s.poll();
                    ReachabilitySeries r = reach.computeIfAbsent(s.name(), n -> new ReachabilitySeries(n, 1000));
                    r.record(t, true, snap.latency());
                    recorder.accept(new SourceUpdate(s.name(), SourceHealth.ok(t), snap, r.upSeries(),
                            r.latencySeries()));
                    levels.put(s.name(), snap.level());
                }
                seen.put(Duration.between(start, t), levels);
                // The dashboard refreshes its panel over the last 10 minutes, overlapping the previous refresh.
                recorder.recordSeries(DrillExpressions.LATENCY_P99, original.metrics().range(DrillExpressions.LATENCY_P99,
                        t.minusSeconds(600), t, Duration.ofSeconds(30)).series());
            }
            recordedP99 = original.metrics().range(DrillExpressions.LATENCY_P99, start.minusSeconds(600),
                    original.end(), Duration.ofSeconds(30)).series().get(0);
        }

        MutableClock base = new MutableClock(Instant.EPOCH);
        Drill replay = RecordingPlayer.open(dir, base, 1, IncidentZone.parse("PST"));
        assertThat(replay.statusSources()).extracting(StatusSource::name)
                .containsExactly("drill:prometheus", "drill:alertmanager", "drill:status-page");
        for (Map.Entry<Duration, Map<String, HealthLevel>> e : seen.entrySet()) {
            replay.clock().seek(replay.start().plus(e.getKey()).plusSeconds(30));
            for (StatusSource s : replay.statusSources()) {
                assertThat(s.poll().level()).as(s.name() + " at +" + e.getKey()).isEqualTo(e.getValue().get(s.name()));
            }
        }
        assertThat(seen.values()).extracting(m -> m.get("drill:status-page"))
                .contains(HealthLevel.MAJOR_OUTAGE, HealthLevel.OPERATIONAL);

        replay.clock().seek(replay.end());
        MetricSource.Range r = replay.metrics().range(DrillExpressions.LATENCY_P99, start.minusSeconds(600),
                replay.end(), Duration.ofSeconds(30));
        assertThat(r.series()).singleElement().isEqualTo(recordedP99);
        List<MetricSeries> up = replay.metrics().range("sitrep_source_up{source=\"drill:prometheus\"}",
                start, replay.end(), Duration.ofSeconds(30)).series();
        assertThat(up).singleElement().satisfies(s -> assertThat(s.size()).isEqualTo(seen.size()));
    }
}
