package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sitrep.domain.SecretMask;
import sitrep.domain.TerminalText;
import sitrep.incident.ReplayWarning;
import sitrep.incident.command.CommandFolder;
import sitrep.incident.command.FollowupExports;

/** {@code sitrep followups}: the incident's follow-ups as Jira CSV, a Markdown checklist or JSON. */
@Command(name = "followups", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export an incident's follow-ups: csv (Jira's CSV import: Summary, Description, Assignee, Due"
                + " date, Priority, Labels), md (a Markdown checklist) or json. Without --out they go to stdout."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "1:no incident at DIR, or FILE exists without --force, or cannot write",
            "2:usage error"})
final class FollowupsCommand implements Callable<Integer> {

    enum Format { CSV, MD, JSON }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "csv", "jira" -> Format.CSV;
                case "md", "markdown" -> Format.MD;
                case "json" -> Format.JSON;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use csv,"
                        + " md or json");
            };
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--incident", required = true, paramLabel = "DIR", description = "Incident folder.")
    private Path incident;

    @Option(names = "--format", required = true, paramLabel = "csv|md|json", converter = FormatConverter.class,
            description = "csv (for Jira's CSV import), md (checklist) or json.")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically) instead of to stdout.")
    private Path out;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> badTarget = out == null ? Optional.empty() : OutputTarget.refusal(out);
        if (badTarget.isPresent()) {
            err.println("sitrep: " + badTarget.get());
            err.flush();
            return 1;
        }
        CommandFolder folder = CommandFolder.read(incident);
        for (ReplayWarning w : folder.warnings()) {
            err.println("sitrep: warning: " + TerminalText.escape(w.toString()));
        }
        err.flush();
        var followups = folder.command().followups();
        // An export is an output boundary: no known secret reaches the file, whatever text carried it.
        String rendered = SecretMask.mask(switch (format) {
            case CSV -> FollowupExports.csv(followups, folder.incident().title());
            case MD -> FollowupExports.markdown(followups);
            case JSON -> FollowupExports.json(followups);
        });
        if (out == null) {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (!OutputTarget.write(out, force, rendered, err)) {
            return 1;
        }
        spec.commandLine().getOut().println("exported " + followups.size() + " follow-ups to " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
