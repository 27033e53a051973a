package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.incident.IncidentFolder;
import sitrep.incident.evidence.EvidenceRecorder;
import sitrep.source.drill.Drill;

/** A drill incident's postmortem exports with charts drawn from its own evidence, and says it was a drill. */
class DrillPostmortemExportTest {

    @TempDir
    Path dir;

    private final InProcessCli cli = new InProcessCli();

    @Test
    void htmlExportOfADrillEmbedsTheRecordedCharts() throws Exception {
        Drill drill = Drill.builtIn(Clock.systemUTC());
        Path incident = dir.resolve("drill");
        IncidentFolder folder = IncidentFolder.openOrCreate(incident, drill.incident());
        drill.clock().seek(drill.end());
        try (EvidenceRecorder recorder = EvidenceRecorder.open(folder.evidenceDir(), EvidenceRecorder.DEFAULT_CAP_BYTES,
                drill.clock(), problem -> { })) {
            for (String expression : List.of("probe_success", "probe_duration_seconds")) {
                recorder.recordSeries(expression,
                        drill.metrics().range(expression, drill.start(), drill.end(), Duration.ofSeconds(30)).series());
            }
        }
        assertThat(cli.run("note", "--incident", incident.toString(), "--at", "14:00", "--tag", "detection",
                "API latency alerts fired")).isZero();
        assertThat(cli.run("note", "--incident", incident.toString(), "--at", "17:30", "--tag", "resolution",
                "API restored")).isZero();
        Path out = dir.resolve("drill.html");

        assertThat(cli.run("export", "--incident", incident.toString(), "--format", "html", "--out", out.toString()))
                .as(cli.err()).isZero();

        String html = Files.readString(out);
        assertThat(html).contains("Drill: Service Outage");
        assertThat(html.split("data:image/png;base64,", -1)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(html).contains("probe_success");
    }
}
