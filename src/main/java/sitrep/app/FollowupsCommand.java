package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sitrep.domain.SecretMask;
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

    static final class FormatConverter extends NamedFormats<Format> {
        FormatConverter() {
            super(Map.of("csv", Format.CSV, "jira", Format.CSV, "md", Format.MD, "markdown", Format.MD,
                    "json", Format.JSON), "csv, md or json");
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private IncidentFlag incident = new IncidentFlag();

    @Option(names = "--format", required = true, paramLabel = "csv|md|json", converter = FormatConverter.class,
            description = "csv (for Jira's CSV import), md (checklist) or json.")
    private Format format;

    @Mixin
    private OutputFlags output = new OutputFlags();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (output.refused(err)) {
            return 1;
        }
        CommandFolder folder = CommandFolder.read(incident.dir);
        ReplayWarningLines.report(err, folder.warnings());
        var followups = folder.command().followups();
        // An export is an output boundary: no known secret reaches the file, whatever text carried it.
        String rendered = SecretMask.mask(switch (format) {
            case CSV -> FollowupExports.csv(followups, folder.incident().title());
            case MD -> FollowupExports.markdown(followups);
            case JSON -> FollowupExports.json(followups);
        });
        return output.deliver(spec, rendered, () -> "exported " + followups.size() + " follow-ups to " + output.out);
    }
}
