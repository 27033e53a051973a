package sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import sitrep.domain.TimelineEntry;
import sitrep.incident.JournalBatch;
import sitrep.incident.JournalReader;
import sitrep.incident.IncidentTimeline;

/**
 * The journal reader on any bytes: it reports bad lines as warnings and never throws; whatever records it
 * accepts fold into a timeline that every view can show in any zone (one record never breaks an incident).
 */
class JournalFuzzTest {

    private static final ZoneId[] ZONES = {ZoneId.of("UTC"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Etc/GMT+12")};

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyJournalBytesReadWithoutThrowing(byte[] data) throws IOException {
        Path dir = FuzzFiles.scratch().resolve("journal");
        Files.createDirectories(dir);
        Files.write(dir.resolve("fuzz.jsonl"), data);
        JournalBatch batch = new JournalReader(dir).readNew();
        IncidentTimeline timeline = new IncidentTimeline();
        timeline.apply(batch.records());
        for (TimelineEntry e : timeline.allEntries()) {
            for (ZoneId z : ZONES) {
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.eventTime().atZone(z));
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.writtenAt().atZone(z));
            }
        }
        batch.warnings().forEach(w -> {
            if (w.toString().contains("\n")) {
                throw new AssertionError("a warning must be one line: " + w);
            }
        });
    }
}
