package sitrep.ui.postmortem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.incident.IncidentSession;
import sitrep.incident.JournalRecord;

/** A real incident folder for the postmortem tab's tests: PST in June, entries written by another responder. */
final class IncidentFixture {

    /** 14:00 PST (UTC-08:00) on June 10, 2023. */
    static final Instant START = Instant.parse("2023-06-10T22:00:00Z");
    static final Instant NOW = Instant.parse("2023-06-11T09:00:00Z");

    private IncidentFixture() {
    }

    static Incident incident(String zone) {
        return new Incident("API outage", IncidentZone.parse(zone), START, null, "", Map.of(), false);
    }

    /** One entry: minutes after the start, kind, text. */
    record Seed(int minutes, EntryKind kind, String text) {
    }

    static Seed at(int minutes, EntryKind kind, String text) {
        return new Seed(minutes, kind, text);
    }

    /** The reference outage's shape: detected at 14:05, escalated, root cause, resolved at 16:30. */
    static Seed[] reference() {
        return new Seed[] {
            at(5, EntryKind.DETECTION, "latency alerts fire for the api"),
            at(90, EntryKind.ESCALATION, "paged the database team"),
            at(120, EntryKind.ROOT_CAUSE, "connection pool exhausted by the batch job"),
            at(150, EntryKind.RESOLUTION, "batch job stopped, latency back to normal"),
        };
    }

    /** Creates the folder and writes the entries as "bo", so the tab's own author starts with no records. */
    static void create(Path dir, Incident incident, Seed... seeds) throws IOException {
        try (IncidentSession session = IncidentSession.open(dir, "bo", incident)) {
            for (Seed s : seeds) {
                Instant at = incident.start().plusSeconds(s.minutes() * 60L);
                session.journal().append(JournalRecord.added(JournalRecord.newId(), "bo", NOW, at, s.kind(), s.text(),
                        Map.of()));
            }
        }
    }

    static String journalText(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir.resolve("journal"))) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }
}
