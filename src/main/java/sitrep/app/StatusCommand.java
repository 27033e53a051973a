package sitrep.app;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import sitrep.incident.JournalRecord;
import sitrep.incident.command.CommandEntries;
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
        IncidentState s = parsedOrUsage(IncidentState::parse, state);
        Moment m = moment();
        Instant start = m.folder().incident().start();
        List<JournalRecord> records = new ArrayList<>();
        records.add(CommandEntries.status(s, m.who(), m.now(), m.event()));
        if (s == IncidentState.RESOLVED) {
            if (m.event().isBefore(start)) {
                throw usage("the incident cannot be resolved at " + m.time(m.event()) + ", before it started ("
                        + m.time(start) + ")");
            }
            records.add(JournalRecord.incidentSet("end", m.event().toString(), m.who(), m.now()));
        } else if (s == IncidentState.REOPENED && m.folder().incident().end() != null) {
            records.add(JournalRecord.incidentSet("end", null, m.who(), m.now()));
        }
        return appendAndReport(m, records, "status " + s.wireName() + " at " + m.time(m.event()) + " by " + m.who()
                + (s == IncidentState.RESOLVED ? "; the incident ends at " + m.time(m.event()) : ""));
    }
}
