package sitrep.source.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.bench.Bench;
import sitrep.bench.OnTargetDisk;
import sitrep.domain.HealthLevel;
import sitrep.incident.evidence.EvidenceRecorder;
import sitrep.source.MetricSource;
import sitrep.source.StatusSource;
import sitrep.source.polling.ReachabilitySeries;
import sitrep.source.polling.SourceUpdate;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceSnapshot;

/** Run with {@code mvn -Pbench verify}. */
class DrillPlaybackBenchmark {

    /** Twenty series of every shape under one expression, over an eight-hour scenario. */
    private static Scenario twentySeries() throws ScenarioException {
        String[] shapes = {
            "{\"at\": \"09:00\", \"shape\": \"sine\", \"base\": 1, \"amplitude\": 0.5, \"period\": 600, \"noise\": 0.1}",
            "{\"at\": \"09:00\", \"shape\": \"ramp\", \"from\": 0, \"to\": 5, \"jitter\": 0.2}",
            "{\"at\": \"09:00\", \"shape\": \"spikes\", \"base\": 1, \"height\": 4, \"every\": 300, \"width\": 20}",
            "{\"at\": \"09:00\", \"shape\": \"constant\", \"value\": 1}, {\"at\": \"12:00\", \"shape\": \"gap\"}, "
                + "{\"at\": \"12:05\", \"shape\": \"step\", \"before\": 0, \"after\": 1, \"switchAt\": \"13:00\"}"};
        StringBuilder series = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            series.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i).append("\", \"expr\": \"bench\", ")
                    .append("\"labels\": {\"i\": \"").append(i).append("\"}, \"phases\": [")
                    .append(shapes[i % shapes.length]).append("]}");
        }
        return ScenarioReader.parse("{\"title\": \"bench\", \"zone\": \"UTC\", \"start\": \"2024-01-01T09:00:00Z\", "
                + "\"end\": \"17:00\", \"series\": [" + series + "]}", "bench");
    }

    @Test
    void twentySeriesOverEightHoursAtOneSecond() throws Exception {
        Scenario scenario = twentySeries();
        Drill drill = Drill.of(scenario, new MutableClock(Instant.EPOCH));
        drill.clock().seek(scenario.end());
        MetricSource metrics = drill.metrics();
        Instant from = scenario.end().minus(Duration.ofHours(8)).plusSeconds(1);
        // A few milliseconds and 9 MB of arrays a call: a full collection before each sample of three calls,
        // so no sample pays for the previous samples' garbage, and enough samples for a steady median.
        double ms = Bench.medianMillis(new Bench.Sampling(10, 21, 3, Bench.Clock.WALL, true), () -> {
            MetricSource.Range r = metrics.range("bench", from, scenario.end(), Duration.ofSeconds(1));
            assertThat(r.series()).hasSize(20);
            assertThat(r.series().get(0).size()).isEqualTo(28_800);
        });
        Bench.print("drill_range_20x28800", ms, "ms (median of 21 samples of 3 calls each)");
        assertThat(ms).isLessThan(1000);
    }

    @TempDir(factory = OnTargetDisk.class)
    Path disk;

    @Test
    void evidenceAppendOfOnePollOfThePrometheusDrill() throws Exception {
        Path dir = disk;
        Drill drill = Drill.builtIn(new MutableClock(Instant.EPOCH));
        drill.clock().seek(drill.start().plusSeconds(3600));
        drill.clock().pause();
        StatusSource prometheus = drill.statusSources().get(0);
        SourceSnapshot outage = prometheus.poll();
        assertThat(outage.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        ReachabilitySeries reach = new ReachabilitySeries(prometheus.name(), 3600);
        try (EvidenceRecorder recorder = EvidenceRecorder.open(dir, EvidenceRecorder.DEFAULT_CAP_BYTES, drill.clock(),
                w -> { })) {
            // About 60 us a poll: timed in batches of 10 so a sample is well above the timer's granularity.
            double ms = Bench.medianMillis(new Bench.Sampling(50, 201, 10, Bench.Clock.WALL, false), () -> {
                drill.clock().seek(drill.clock().instant().plusSeconds(5));
                SourceSnapshot s = prometheus.poll();
                reach.record(s.at(), true, s.latency());
                recorder.accept(new SourceUpdate(s.source(), SourceHealth.ok(s.at()), s, reach.upSeries(),
                        reach.latencySeries()));
            });
            Bench.print("evidence_append_median", ms, "ms (median of 201 samples of 10 appends each)");
            assertThat(recorder.status().recording()).isTrue();
            assertThat(ms).isLessThan(5);
        }
        assertThat(List.of(dir.toFile().list())).hasSize(1);
    }
}
