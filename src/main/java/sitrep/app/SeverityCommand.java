package sitrep.app;

import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import sitrep.incident.command.CommandEntries;
import sitrep.incident.command.Severity;

/** {@code sitrep severity}: records the incident's severity; every change stays in the history. */
@Command(name = "severity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Record the incident's severity, SEV1 (worst) to SEV5. Exits 0 only once the record is on disk."})
final class SeverityCommand extends JournaledCommand {

    @Parameters(paramLabel = "SEV1..SEV5", description = "SEV1, SEV2, SEV3, SEV4 or SEV5.")
    private String severity;

    @Override
    public Integer call() throws IOException {
        Severity s = parsedOrUsage(Severity::parse, severity);
        Moment m = moment();
        return appendAndReport(m, List.of(CommandEntries.severity(s, m.who(), m.now(), m.event())),
                "severity " + s.name() + " at " + m.time(m.event()) + " by " + m.who());
    }
}
