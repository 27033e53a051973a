package sitrep.app;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import sitrep.incident.command.CommandEntries;
import sitrep.incident.command.CommandFolder;
import sitrep.incident.command.Severity;

/** {@code sitrep severity}: records the incident's severity; every change stays in the history. */
@Command(name = "severity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Record the incident's severity, SEV1 (worst) to SEV5. Exits 0 only once the record is on disk."})
final class SeverityCommand extends JournaledCommand {

    @Parameters(paramLabel = "SEV1..SEV5", description = "SEV1, SEV2, SEV3, SEV4 or SEV5.")
    private String severity;

    @Override
    public Integer call() throws IOException {
        Severity s;
        try {
            s = Severity.parse(severity);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        CommandFolder folder = read();
        Instant now = clock.instant();
        Instant event = eventTime(folder, now);
        String who = who();
        append(folder, who, List.of(CommandEntries.severity(s, who, now, event)));
        println("severity " + s.name() + " at " + time(folder, event) + " by " + who);
        return 0;
    }
}
