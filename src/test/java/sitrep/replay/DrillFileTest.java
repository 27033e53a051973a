package sitrep.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.HealthLevel;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.SourceHealth;
import sitrep.incident.IncidentFolder;
import sitrep.incident.evidence.EvidenceRecorder;
import sitrep.incident.evidence.EvidenceRoundTripTest;
import sitrep.source.drill.Drill;
import sitrep.source.drill.MutableClock;
import sitrep.source.drill.ScenarioException;
import sitrep.source.polling.ReachabilitySeries;
import sitrep.source.polling.SourceUpdate;

class DrillFileTest {

    @TempDir
    Path dir;

    @Test
    void aJsonFileIsAScenarioAndAnEvidenceFolderARecordingInItsIncidentsZone() throws Exception {
        Path scenario = dir.resolve("s.json");
        Files.writeString(scenario, "{\"title\": \"x\", \"zone\": \"UTC\", \"start\": \"2024-01-01T10:00:00Z\", "
                + "\"end\": \"11:00\", \"sources\": {\"prometheus\": {}}}");
        MutableClock base = new MutableClock(Instant.EPOCH);
        assertThat(DrillFile.open(scenario, base).statusSources()).hasSize(1);

        IncidentFolder folder = IncidentFolder.openOrCreate(dir.resolve("inc"), new Incident("t",
                IncidentZone.parse("PST"), EvidenceRoundTripTest.T0, null, "", Map.of(), false));
        MutableClock clock = new MutableClock(EvidenceRoundTripTest.T0);
        ReachabilitySeries reach = new ReachabilitySeries("prom", 10);
        reach.record(clock.instant(), true, java.time.Duration.ofMillis(4));
        try (EvidenceRecorder r = EvidenceRecorder.open(folder.evidenceDir(), EvidenceRecorder.DEFAULT_CAP_BYTES, clock,
                w -> { })) {
            r.accept(new SourceUpdate("prom", SourceHealth.ok(clock.instant()),
                    EvidenceRoundTripTest.snapshot(clock.instant(), HealthLevel.DEGRADED, false), reach.upSeries(),
                    reach.latencySeries()));
        }
        Drill replay = DrillFile.open(folder.evidenceDir(), base);
        assertThat(replay.zone().label()).isEqualTo("PST");
        assertThat(replay.statusSources().get(0).poll().level()).isEqualTo(HealthLevel.DEGRADED);

        Files.writeString(scenario, "{\"title\": \"x\"}");
        assertThatThrownBy(() -> DrillFile.open(scenario, base)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("$.zone: required field is missing");
    }
}
