package sitrep.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import sitrep.domain.IncidentZone;
import sitrep.incident.IncidentFolder;
import sitrep.incident.evidence.EvidenceReader;
import sitrep.source.drill.Drill;
import sitrep.source.drill.Scenario;
import sitrep.source.drill.ScenarioException;

/** What {@code --drill FILE} names: a scenario file, or a recording (an evidence folder or session file). */
public final class DrillFile {

    /** Recordings replay at the pace they were recorded; the UI's speed control changes that. */
    public static final double RECORDING_SPEED = 1.0;

    private DrillFile() {
    }

    /**
     * Opens the drill {@code file} describes.
     *
     * @throws ScenarioException for a scenario file that is not valid (the message names the JSON path)
     * @throws IOException       when the file cannot be read or a recording holds nothing to replay
     */
    public static Drill open(Path file, Clock base) throws IOException, ScenarioException {
        if (Files.isDirectory(file) || file.getFileName().toString().endsWith(EvidenceReader.EXTENSION)) {
            return RecordingPlayer.open(file, base, RECORDING_SPEED, recordedZone(file));
        }
        return Drill.of(Scenario.load(file), base);
    }

    /** The zone of the incident the evidence belongs to, when it lies in an incident folder; else UTC. */
    private static IncidentZone recordedZone(Path file) {
        Path evidenceDir = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
        Path incidentDir = evidenceDir == null ? null : evidenceDir.toAbsolutePath().getParent();
        if (incidentDir != null && Files.isRegularFile(incidentDir.resolve(IncidentFolder.INCIDENT_FILE))) {
            try {
                return IncidentFolder.open(incidentDir).incident().zone();
            } catch (IOException | IllegalArgumentException e) {
                return IncidentZone.parse("UTC");
            }
        }
        return IncidentZone.parse("UTC");
    }
}
