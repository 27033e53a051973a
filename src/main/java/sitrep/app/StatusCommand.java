package sitrep.app;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import sitrep.incident.JournalRecord;
import sitrep.incident.command.CommandEntries;
import sitrep.incident.command.CommandFolder;
import sitrep.incident.command.IncidentState;

/** {@code sitrep status}: records a status change; resolving also sets the incident's end, reopening clears it. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Record the incident's status: investigating, identified, monitoring, resolved or reopened."
                + " Resolving sets the incident's end to the status time (backdate it with --at); reopening clears"
                + " the end. Exits 0 only once the record is on disk."})
final class StatusCommand extends JournaledCommand {

    @Parameters(paramLabel = "STATE", description = "investigating, identified, monitoring, resolved or reopened.")
    private String state;

    @Override
    public Integer call() throws IOException {
        IncidentState s;
        try {
            s = IncidentState.parse(state);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        CommandFolder folder = read();
        Instant now = clock.instant();
        Instant event = eventTime(folder, now);
        String who = who();
        List<JournalRecord> records = new ArrayList<>();
        records.add(CommandEntries.status(s, who, now, event));
        if (s == IncidentState.RESOLVED) {
            if (event.isBefore(folder.incident().start())) {
                throw usage("the incident cannot be resolved at " + time(folder, event) + ", before it started ("
                        + time(folder, folder.incident().start()) + ")");
            }
            records.add(JournalRecord.incidentSet("end", event.toString(), who, now));
        } else if (s == IncidentState.REOPENED && folder.incident().end() != null) {
            records.add(JournalRecord.incidentSet("end", null, who, now));
        }
        append(folder, who, records);
        println("status " + s.wireName() + " at " + time(folder, event) + " by " + who
                + (s == IncidentState.RESOLVED ? "; the incident ends at " + time(folder, event) : ""));
        return 0;
    }
}
