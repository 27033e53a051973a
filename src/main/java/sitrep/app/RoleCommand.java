package sitrep.app;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import sitrep.incident.JournalRecord;
import sitrep.incident.command.CommandEntries;
import sitrep.incident.command.CommandFolder;
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
        Role role;
        try {
            role = Role.parse(assignment.substring(0, eq));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        String person = assignment.substring(eq + 1).strip();
        boolean leaves = role == Role.SME && person.startsWith("-");
        if (leaves) {
            person = person.substring(1).strip();
        }
        if (role == Role.SME && person.isEmpty()) {
            throw usage("sme needs a name: sme=NAME to add one, sme=-NAME to let one go");
        }
        CommandFolder folder = read();
        Instant now = clock.instant();
        Instant event = eventTime(folder, now);
        String who = who();
        String previous = role == Role.SME ? "" : folder.command().holder(role).orElse("");
        JournalRecord record = CommandEntries.role(role, person, previous, leaves, who, now, event);
        append(folder, who, List.of(record));
        println(record.text() + " at " + time(folder, event) + " (written by " + who + ")");
        return 0;
    }
}
