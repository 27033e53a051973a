package sitrep.app;

import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sitrep.incident.command.CommandEntries;
import sitrep.incident.command.CommandFolder;
import sitrep.incident.command.IncidentState;
import sitrep.incident.command.StakeholderUpdate;

/** {@code sitrep update}: journals a stakeholder update and prints it as posted. */
@Command(name = "update", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Post a stakeholder update: journal it and print it as posted, ready for chat, mail or a status"
                + " page. TEXT may be labelled \"Conditions: ... Actions: ... Needs: ...\"; unlabelled text is the"
                + " conditions. Exits 0 only once the record is on disk."})
final class UpdateCommand extends JournaledCommand {

    @Option(names = "--state", paramLabel = "STATE",
            description = "investigating, identified, monitoring or resolved; default: the current status.")
    private String state;

    @Option(names = "--markdown", description = "Print the update as Markdown instead of plain text.")
    private boolean markdown;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The update.")
    private List<String> text;

    @Override
    public Integer call() throws IOException {
        IncidentState given = state == null ? null
                : parsedOrUsage(s -> StakeholderUpdate.stateFor(IncidentState.parse(s)), state);
        // The folder is read first: without --state the update takes the incident's current status.
        CommandFolder folder = read();
        IncidentState s = given != null ? given
                : StakeholderUpdate.stateFor(folder.command().state().orElse(IncidentState.INVESTIGATING));
        StakeholderUpdate update = StakeholderUpdate.fromText(s, String.join(" ", text));
        if (update.isBlank()) {
            throw usage("the update has no text");
        }
        Moment m = momentIn(folder);
        String title = folder.incident().title();
        var zone = folder.incident().zone();
        String posted = markdown ? update.markdown(title, m.event(), zone.zoneId(), zone.label())
                : update.plainText(title, m.event(), zone.zoneId(), zone.label());
        return appendAndPrint(m, List.of(CommandEntries.update(update, m.who(), m.now(), m.event())), posted);
    }
}
