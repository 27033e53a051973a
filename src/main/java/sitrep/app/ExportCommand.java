package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sitrep.domain.SourceUrl;
import sitrep.domain.TerminalText;
import sitrep.incident.postmortem.IncidentPostmortem;
import sitrep.incident.postmortem.export.PostmortemExport;
import sitrep.incident.postmortem.export.PostmortemExport.Format;
import sitrep.incident.postmortem.export.WindowChartSource.Charts;
import sitrep.postmortem.ExportOptions;
import sitrep.postmortem.PostmortemDocument;
import sitrep.source.SourceConfig;

/** {@code sitrep export}: drafts an incident's postmortem from its folder and renders it. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Draft the postmortem of an incident folder (its timeline plus the postmortem fields in its journal) and write it as text in the standard template, Markdown or one self-contained HTML file. HTML charts the incident window from Prometheus when a server is given or saved; a failed query is a warning, not a failure. Without --out the export goes to stdout."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "1:no incident at DIR, or FILE exists without --force, or cannot write",
            "2:usage error"})
final class ExportCommand implements Callable<Integer> {

    /** Accepts the formats as written in the usage: text, md, html (and markdown). */
    static final class FormatConverter extends NamedFormats<Format> {
        FormatConverter() {
            super(Map.of("text", Format.TEXT, "txt", Format.TEXT, "md", Format.MARKDOWN, "markdown", Format.MARKDOWN,
                    "html", Format.HTML), "text, md or html");
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private IncidentFlag incident = new IncidentFlag();

    @Option(names = "--format", required = true, paramLabel = "text|md|html", converter = FormatConverter.class,
            description = "text (the standard template), md (Markdown) or html (one self-contained file).")
    private Format format;

    @Mixin
    private OutputFlags output = new OutputFlags();

    @Option(names = "--appendix", negatable = true,
            description = "Add (or with --no-appendix leave out) response metrics and charts; default: on for md"
                    + " and html, off for text, which keeps the template exactly.")
    private Boolean appendix;

    @Option(names = "--prometheus", paramLabel = "URL", converter = SourceUrlConverter.class,
            description = "Chart the incident window from this server (HTML only); default: the saved one.")
    private SourceUrl prometheus;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file to read instead of the saved one: the secrets it holds are masked, and its "
                    + "Prometheus server charts the HTML when none is given.")
    private Path config;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (output.refused(err)) {
            return 1;
        }
        // Read for every format: the saved settings hold the tokens the masker must know before a note that quotes
        // one is printed (and, for HTML, the Prometheus server to chart from).
        Settings saved = savedSettings();
        IncidentPostmortem.Loaded loaded = IncidentPostmortem.load(incident.dir);
        ReplayWarningLines.report(err, loaded.warnings());
        PostmortemDocument doc = loaded.draft();
        ExportOptions options = format.defaults();
        if (appendix != null) {
            options = options.withAppendix(appendix);
        }
        if (format == Format.HTML && options.appendix()) {
            Charts charts;
            try {
                // The saved options of that address (token, headers, CA file), as check and the console use them.
                Optional<SourceConfig> source = Optional.ofNullable(prometheus)
                        .or(() -> Optional.ofNullable(saved.prometheusUrl()).filter(u -> !u.isBlank()).map(SourceUrl::parse))
                        .map(url -> SourceOptions.configFor(url, saved.sourceOptions()));
                charts = PostmortemExport.charts(incident.dir, loaded, doc, source, err);
            } catch (IllegalArgumentException e) {
                charts = Charts.none("the saved Prometheus address is not usable (" + e.getMessage() + ")");
            }
            charts.warnings().forEach(w -> err.println("sitrep: warning: " + TerminalText.escape(w)));
            options = options.withCharts(charts.charts(), charts.noChartsReason());
        }
        err.flush();
        String rendered = PostmortemExport.render(format, doc, options);
        return output.deliver(spec, rendered, () -> "exported " + output.out);
    }

    private Settings savedSettings() {
        SettingsStore store = SettingsStore.readOnlyOrDefault(config);
        SettingsStore.Loaded loaded = store.loadQuietly();
        loaded.problem().ifPresent(p -> spec.commandLine().getErr().println("sitrep: " + p));
        return loaded.settings();
    }
}
