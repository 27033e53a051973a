package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sitrep.incident.IncidentFolder;
import sitrep.incident.sync.IncidentSharing;
import sitrep.incident.sync.Replicator;
import sitrep.incident.sync.StoreAccess;
import sitrep.incident.sync.StoreException;

/** {@code sitrep sync}: one push and one pull between an incident folder and the team store. */
@Command(name = "sync", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Share an incident folder through the team store (if the store does not have it yet), push this machine's new journal records and pull everyone else's, once. Prints the counts; exits 0 only when both directions completed, 1 when the store cannot be reached or a journal conflicts."})
final class SyncCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand parent;

    @Mixin
    private IncidentFlag incident = new IncidentFlag();

    @Mixin
    private StoreFlag store = new StoreFlag();

    @Option(names = "--evidence", negatable = true,
            description = "Also share the evidence folder (under the evidence cap); default: teamStore.replicateEvidence in the settings.")
    private Boolean evidence;

    @Override
    public Integer call() throws IOException {
        IncidentFolder folder = IncidentFolder.open(incident.dir);
        Settings settings = parent.settings();
        StoreAccess access = store.resolve(spec, settings, incident.dir);
        boolean withEvidence = evidence != null ? evidence : settings.teamStore().replicateEvidence();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Replicator replicator = new Replicator(folder, access::connect,
                withEvidence ? settings.evidenceCapBytes() : 0)) {
            Replicator.Cycle cycle;
            try {
                cycle = replicator.cycle();
            } catch (StoreException e) {
                err.println("sitrep: " + StoreFlag.failure(access, e) + "; " + records(replicator.waiting())
                        + " waiting, all kept on this disk");
                err.flush();
                return 1;
            }
            IncidentSharing.remember(folder, access.address());
            for (String problem : cycle.problems()) {
                err.println("sitrep: " + problem);
            }
            err.flush();
            out.println("pushed " + records(cycle.pushed()) + ", pulled " + records(cycle.pulled()) + " ("
                    + access + ", incident " + replicator.incidentId() + ")");
            out.flush();
            return cycle.complete() ? 0 : 1;
        }
    }

    static String records(long n) {
        return n == 1 ? "1 record" : n + " records";
    }
}
