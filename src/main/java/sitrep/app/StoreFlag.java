package sitrep.app;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import sitrep.incident.sync.IncidentSharing;
import sitrep.incident.sync.StoreAccess;
import sitrep.incident.sync.StoreException;

/** {@code --store URL} for the team-store commands, with the settings and the folder's own store as fallbacks. */
final class StoreFlag {

    @Option(names = "--store", paramLabel = "URL",
            description = "The team store, libpq style: postgresql://user@host:5432/db?sslmode=verify-full&sslrootcert=FILE. "
                    + "Default: the store the incident is shared through, else the one in the settings. "
                    + "The password comes from the settings, PGPASSWORD or ~/.pgpass, never from here.")
    String url;

    /**
     * The store to use: the flag, else the folder's (when given), else the settings'. A missing or malformed
     * URL is a usage error naming what is wrong.
     */
    StoreAccess resolve(CommandSpec spec, Settings settings, Path incidentDir) throws IOException {
        String chosen = url;
        String from = "option '--store'";
        if (chosen == null && incidentDir != null) {
            chosen = IncidentSharing.storeOf(incidentDir);
            from = "the store URL in " + incidentDir.resolve("sync.json");
        }
        TeamStoreSettings saved = settings.teamStore();
        if (chosen == null) {
            chosen = saved.url();
            from = "the team store URL in the settings";
        }
        if (chosen == null || chosen.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no team store given: pass --store URL or set it in File > Settings");
        }
        try {
            return StoreAccess.resolve(chosen, saved.user(), saved.password(), saved.caFile(), System.getenv());
        } catch (IllegalArgumentException e) {
            // Named where it came from: a bad URL in the settings is not the --store the person did not give.
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for " + from + ": "
                    + e.getMessage());
        }
    }

    /** What a failed call to the store says: "the store ADDRESS is unreachable: why" or "... refused: why". */
    static String failure(StoreAccess access, StoreException e) {
        return "the store " + access + " " + (e.unreachable() ? "is unreachable: " : "refused: ") + e.getMessage();
    }
}
