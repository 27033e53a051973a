package sitrep.incident.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import sitrep.domain.Incident;
import sitrep.domain.TimelineEntry;
import sitrep.incident.IncidentFolder;
import sitrep.incident.JournalReplay;
import sitrep.incident.ReplayWarning;
import sitrep.incident.IncidentTimeline;

/**
 * An incident folder read once for incident command: what the command line needs to add a record (the
 * current holder of a role, the current status) or to list follow-ups.
 */
public record CommandFolder(IncidentFolder folder, Incident incident, List<TimelineEntry> entries,
                            IncidentCommand command, List<ReplayWarning> warnings) {

    public CommandFolder {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    /**
     * @throws IOException              when there is no incident folder at {@code dir} or it cannot be read
     * @throws IllegalArgumentException when its incident.json is malformed
     */
    public static CommandFolder read(Path dir) throws IOException {
        IncidentFolder folder = IncidentFolder.open(dir);
        JournalReplay.Result replay = JournalReplay.replay(folder.journalDir());
        IncidentTimeline timeline = new IncidentTimeline();
        timeline.apply(replay.records());
        Incident incident = timeline.incident(folder.incident());
        List<TimelineEntry> entries = timeline.entries();
        return new CommandFolder(folder, incident, entries,
                IncidentCommand.of(incident, entries, timeline.incidentFields()), replay.warnings());
    }
}
