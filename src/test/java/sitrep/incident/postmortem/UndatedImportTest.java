package sitrep.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.incident.IncidentFolder;
import sitrep.postmortem.PostmortemImporter;

/** A document with no clock time is dated by its own title, never by the day it is imported. */
class UndatedImportTest {

    @TempDir
    Path dir;

    @Test
    void theIncidentStartsOnTheTitlesDateNotToday() throws Exception {
        Clock today = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
        var doc = new PostmortemImporter().importText("""
                Database outage - March 3, 2024

                Timeline:
                - Alerts fired.
                - Rolled back.
                """).document();
        var written = new PostmortemIncidentWriter(today).write(dir.resolve("i"), doc, "ana");
        var incident = IncidentFolder.open(dir.resolve("i")).incident();
        assertThat(incident.start().atZone(incident.zone().zoneId()).toLocalDate()).hasToString("2024-03-03");
        assertThat(written.assumptions()).anySatisfy(a -> assertThat(a).contains("March 3, 2024"));
    }
}
