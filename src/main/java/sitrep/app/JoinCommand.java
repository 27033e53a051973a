package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sitrep.domain.TerminalText;
import sitrep.incident.IncidentFolder;
import sitrep.incident.sync.IncidentSharing;
import sitrep.incident.sync.Replicator;
import sitrep.incident.sync.StoreAccess;
import sitrep.incident.sync.StoreException;
import sitrep.incident.sync.TeamStore;

/** {@code sitrep join}: a local folder for an incident shared through the store, filled by a first pull. */
@Command(name = "join", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create a local incident folder for an incident shared through the team store and pull its journal."})
final class JoinCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand parent;

    @Mixin
    private StoreFlag store = new StoreFlag();

    @Parameters(index = "0", paramLabel = "ID", description = "The incident's id, as listed by sitrep incidents.")
    private String id;

    @Option(names = "--incident", required = true, paramLabel = "DIR", description = "Folder to create.")
    private Path incident;

    @Override
    public Integer call() throws IOException {
        Settings settings = parent.settings();
        StoreAccess access = store.resolve(spec, settings, null);
        PrintWriter err = spec.commandLine().getErr();
        IncidentFolder folder;
        try (TeamStore s = access.connect()) {
            folder = IncidentSharing.join(s, id, incident);
        } catch (StoreException e) {
            err.println("sitrep: " + StoreFlag.failure(access, e));
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Replicator replicator = new Replicator(folder, access::connect,
                settings.teamStore().replicateEvidence() ? settings.evidenceCapBytes() : 0)) {
            Replicator.Cycle cycle = replicator.cycle();
            for (String problem : cycle.problems()) {
                err.println("sitrep: " + problem);
            }
            out.println("joined \"" + TerminalText.escape(folder.incident().title()) + "\" in " + incident + "; pulled "
                    + SyncCommand.records(cycle.pulled()));
        } catch (StoreException e) {
            out.println("joined \"" + TerminalText.escape(folder.incident().title()) + "\" in " + incident
                    + "; its journal follows with the next sync (" + e.getMessage() + ")");
        }
        err.flush();
        out.flush();
        return 0;
    }
}
