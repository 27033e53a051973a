package sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import sitrep.incident.QuickEntryParser;

/** The quick-entry line and --at times: parsed, or refused with IllegalArgumentException as documented. */
class QuickEntryFuzzTest {

    private static final Instant NOW = Instant.parse("2023-06-10T14:00:00Z");
    private static final ZoneId[] ZONES = {ZoneId.of("UTC"), ZoneId.of("America/Los_Angeles"),
        ZoneId.of("Pacific/Chatham")};

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyLineIsParsedOrRefused(byte[] data) {
        String line = FuzzFiles.text(data);
        for (ZoneId zone : ZONES) {
            try {
                QuickEntryParser.ParsedEntry e = QuickEntryParser.parse(line, zone, NOW);
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.eventTime().atZone(zone));
            } catch (IllegalArgumentException expected) {
                // Documented: no text, or an impossible leading time.
            }
            try {
                Instant t = QuickEntryParser.parseTime(line, zone, NOW, null);
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone));
            } catch (IllegalArgumentException expected) {
                // Documented: not a time.
            }
        }
    }
}
