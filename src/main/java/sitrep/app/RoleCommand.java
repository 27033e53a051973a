package sitrep.app;

import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import sitrep.incident.JournalRecord;
import sitrep.incident.command.CommandEntries;
import sitrep.incident.command.Role;

/** {@code sitrep role}: assigns or hands over a role; the record names who held it before. */
@Command(name = "role", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Assign a role: commander, deputy, scribe, communications, operations or sme (any number of"
                + " subject-matter experts; sme=-NAME lets one go). ROLE= with no name unassigns it. Handing over is"
                + " recorded as such (\"alice hands command to bob\"). Exits 0 only once the record is on disk."})
final class RoleCommand extends JournaledCommand {

    @Parameters(paramLabel = "ROLE=NAME", description = "e.g. commander=alice, scribe=bob, sme=carol, sme=-carol.")
    private String assignment;

    @Override
    public Integer call() throws IOException {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw usage("'" + assignment + "' is not ROLE=NAME (e.g. commander=alice)");
        }
        Role role = parsedOrUsage(Role::parse, assignment.substring(0, eq));
        String person = assignment.substring(eq + 1).strip();
        boolean leaves = role == Role.SME && person.startsWith("-");
        if (leaves) {
            person = person.substring(1).strip();
        }
        if (role == Role.SME && person.isEmpty()) {
            throw usage("sme needs a name: sme=NAME to add one, sme=-NAME to let one go");
        }
        Moment m = moment();
        String previous = role == Role.SME ? "" : m.folder().command().holder(role).orElse("");
        JournalRecord record = CommandEntries.role(role, person, previous, leaves, m.who(), m.now(), m.event());
        return appendAndReport(m, List.of(record), record.text() + " at " + m.time(m.event()) + " (written by "
                + m.who() + ")");
    }
}
