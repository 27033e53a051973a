package sitrep.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sitrep.domain.TerminalText;
import sitrep.domain.SourceUrl;
import sitrep.panels.grafana.PanelSet;
import sitrep.panels.grafana.DashboardReader;
import sitrep.panels.grafana.GrafanaFormatException;
import sitrep.panels.grafana.DashboardVariable;
import sitrep.panels.grafana.GrafanaImport;
import sitrep.panels.grafana.ImportedDashboard;
import sitrep.panels.grafana.LabelLookup;
import sitrep.source.HttpClients;
import sitrep.source.HttpFetcher;
import sitrep.source.SourceError;
import sitrep.source.prometheus.PrometheusClient;

/** {@code sitrep panels import}: a Grafana dashboard becomes a named panel set in the settings. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = SitrepCommand.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Import a Grafana dashboard (a JSON file, or a Grafana server's /api/dashboards/uid/UID read"
            + " with the options saved for that server) as a named panel set. Prints each chart, each skipped"
            + " panel with why, and each variable."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (skipped panels are listed, not failures)",
            "1:the dashboard could not be read or saved", "2:usage error"})
public final class PanelsImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL", description = "Dashboard JSON file, or a Grafana dashboard URL.")
    private String source;

    @Option(names = "--prometheus", paramLabel = "URL", converter = SourceUrlConverter.class,
            description = "Resolve query variables against this server; default: the saved one.")
    private SourceUrl prometheus;

    @Option(names = "--var", paramLabel = "NAME=VALUE",
            description = "Select a variable's value; repeat for several values or variables. VALUE 'All' selects All.")
    private List<String> vars = new ArrayList<>();

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the panel set; default: the dashboard's title.")
    private String name;

    @Option(names = "--scrape-interval", paramLabel = "DURATION", defaultValue = "15s",
            description = "Prometheus' scrape interval, for $__rate_interval (default: ${DEFAULT-VALUE}, as Grafana assumes).")
    private String scrapeInterval;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file to save the panel set in.")
    private Path config;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        Map<String, List<String>> chosen = chosen();
        Duration scrape = duration(cl, "--scrape-interval", scrapeInterval);
        SettingsStore store = config == null ? SettingsStore.atDefaultLocation() : new SettingsStore(config);
        SettingsStore.Loaded loaded = store.loadQuietly();
        loaded.problem().ifPresent(p -> cl.getErr().println("sitrep: " + p));
        Settings settings = loaded.settings();
        GrafanaDashboardSource.Fetched fetched;
        ImportedDashboard dashboard;
        try {
            fetched = GrafanaDashboardSource.read(source, settings.sourceOptions());
            dashboard = DashboardReader.read(fetched.json());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        } catch (IOException | SourceError e) {
            return fail(e.getMessage());
        } catch (GrafanaFormatException e) {
            return fail(source + ": " + e.getMessage());
        }
        SourceUrl prom = prometheus;
        if (prom == null && settings.prometheusUrl() != null) {
            try {
                prom = SourceUrl.parse(settings.prometheusUrl());
            } catch (IllegalArgumentException e) {
                cl.getErr().println("sitrep: saved Prometheus " + e.getMessage() + "; variables keep their saved values");
            }
        }
        HttpClients clients = HttpClients.withDefaults();
        GrafanaImport imported;
        try {
            LabelLookup lookup = prom == null ? null : new PrometheusLabelLookup(
                    new PrometheusClient(new HttpFetcher(clients), SourceOptions.configFor(prom, settings.sourceOptions())));
            imported = GrafanaImport.of(dashboard, lookup, chosen, Duration.ofHours(1),
                    GrafanaImport.DEFAULT_MAX_DATA_POINTS, scrape);
        } finally {
            clients.close();
        }
        String setName = name == null || name.isBlank() ? settings.nameForImport(dashboard.title(), dashboard.uid())
                : name.strip();
        boolean replaces = settings.hasPanelSet(setName);
        Map<String, List<String>> selection = new LinkedHashMap<>();
        imported.resolution().variables().forEach(v -> selection.put(v.name(), v.current()));
        settings.putPanelSet(new PanelSet(setName, dashboard, selection, fetched.grafanaBase()));
        try {
            if (!store.save(settings)) {
                return fail("the settings file could not be read, so the panel set was not saved over it");
            }
        } catch (IOException e) {
            return fail("could not save the panel set in " + store.file() + ": " + e.getMessage());
        }
        imported.resolution().warnings().forEach(w -> cl.getErr().println("sitrep: " + TerminalText.escape(w)));
        // A --var the dashboard does not have (a typo) changes nothing: said, not accepted silently.
        List<String> names = dashboard.variables().stream().map(DashboardVariable::name).toList();
        chosen.keySet().stream().filter(n -> !names.contains(n)).forEach(n -> cl.getErr().println("sitrep: --var "
                + TerminalText.escape(n) + ": the dashboard has no variable of that name"
                + (names.isEmpty() ? "" : " (it has " + TerminalText.escape(String.join(", ", names)) + ")")));
        if (replaces) {
            cl.getErr().println("sitrep: replaced the panel set \"" + TerminalText.escape(setName) + "\" imported before");
        }
        ImportReport report = new ImportReport(setName, imported);
        // The dashboard's titles are another tool's (or server's) text: escaped on the terminal, exact in JSON.
        cl.getOut().print(json ? report.json() : TerminalText.escapeLines(report.text()));
        cl.getOut().flush();
        return 0;
    }

    private Map<String, List<String>> chosen() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String v : vars) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--var '" + v + "' is not NAME=VALUE");
            }
            out.computeIfAbsent(v.substring(0, eq).strip(), k -> new ArrayList<>()).add(v.substring(eq + 1));
        }
        return out;
    }

    private int fail(String message) {
        // A Grafana server's error body, a file's name: escaped, as every other line of the command line.
        spec.commandLine().getErr().println("sitrep: " + TerminalText.escape(message));
        return 1;
    }

    /** A duration option such as 15s or 1m, or a usage error naming the option. */
    private static Duration duration(CommandLine cl, String option, String text) {
        Duration d;
        String s = text.strip();
        try {
            d = !s.matches("\\d+(ms|s|m|h)") ? null : s.endsWith("ms")
                    ? Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)))
                    : Duration.parse("PT" + s.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            d = null;
        }
        if (d == null || d.isZero()) {
            throw new CommandLine.ParameterException(cl, option + " '" + text + "' is not a duration like 15s or 1m");
        }
        return d;
    }
}
