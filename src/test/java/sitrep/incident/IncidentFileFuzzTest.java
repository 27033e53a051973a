package sitrep.incident;

import com.code_intelligence.jazzer.junit.FuzzTest;
import sitrep.fuzz.FuzzBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import sitrep.domain.Incident;

/**
 * incident.json of any bytes: opened, or refused with IOException or IllegalArgumentException as
 * documented; an incident that opens can be shown in its zone.
 */
class IncidentFileFuzzTest {

    private static Path dir;

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyIncidentFileOpensOrIsRefused(byte[] data) throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("sitrep-incident-fuzz");
        }
        Files.write(dir.resolve(IncidentFolder.INCIDENT_FILE), data);
        Incident incident;
        try {
            incident = IncidentFolder.open(dir).incident();
        } catch (IOException | IllegalArgumentException expected) {
            return;
        }
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(incident.start().atZone(incident.zone().zoneId()));
        if (incident.end() != null) {
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(incident.end().atZone(incident.zone().zoneId()));
        }
    }
}
