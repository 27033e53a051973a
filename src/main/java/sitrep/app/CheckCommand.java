package sitrep.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceUrl;
import sitrep.source.HttpClients;
import sitrep.source.HttpFetcher;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;
import sitrep.source.alertmanager.AlertmanagerClient;
import sitrep.source.alertmanager.AlertmanagerSource;
import sitrep.source.prometheus.PrometheusClient;
import sitrep.source.prometheus.PrometheusSource;
import sitrep.source.status.StatusApiSource;

/** {@code sitrep check}: polls every source once, prints what it found, exits 0 only if all is well. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = SitrepCommand.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Polls each source once and prints a table: source, kind detected, reachable, latency, version, level, components and firing alerts. Without sources, checks the saved ones."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every source reachable and operational", "1:a source unreachable or not operational",
            "2:usage error"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SourceFlags sources = new SourceFlags();

    @Option(names = "--query", paramLabel = "PROMQL",
            description = "Also run this instant query on Prometheus and print its series.")
    private String query;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    private boolean json;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file to take sources from when none is given.")
    private Path config;

    private record Planned(SourceKind kind, StatusSource source) {
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        HttpClients clients = HttpClients.withDefaults();
        try {
            List<String> usage = new ArrayList<>();
            List<Planned> planned = plan(new HttpFetcher(clients), Clock.systemUTC(), usage);
            List<CheckReport.Row> rows = new ArrayList<>();
            for (Planned p : planned) {
                try {
                    rows.add(CheckReport.Row.of(p.source().poll()));
                } catch (SourceError e) {
                    rows.add(CheckReport.Row.failed(p.source().name(), p.kind(), e));
                }
            }
            // A bad source is a usage error, but only after the good ones were checked and shown.
            usage.forEach(u -> cl.getErr().println("sitrep: " + u));
            cl.getErr().flush();
            CheckReport report = new CheckReport(rows);
            if (!rows.isEmpty() || usage.isEmpty()) {
                cl.getOut().print(json ? report.json() : report.table());
                cl.getOut().flush();
            }
            if (!usage.isEmpty()) {
                cl.getErr().println();
                cl.usage(cl.getErr());
                cl.getErr().flush();
                return CommandLine.ExitCode.USAGE;
            }
            return report.allWell() ? 0 : 1;
        } finally {
            clients.close();
        }
    }

    private List<Planned> plan(HttpFetcher fetcher, Clock clock, List<String> usage) {
        SourceFlags.Parsed flags = sources.parse();
        usage.addAll(flags.problems());
        SourceUrl prom = flags.prometheus();
        SourceUrl am = flags.alertmanager();
        List<SourceUrl> status = flags.statusPages();
        Settings saved = savedSettings();
        Map<String, SourceOptions> options = saved.sourceOptions();
        if (!sources.anyGiven()) {
            prom = parseSaved("prometheusUrl", saved.prometheusUrl(), usage);
            am = parseSaved("alertmanagerUrl", saved.alertmanagerUrl(), usage);
            List<SourceUrl> fromSettings = new ArrayList<>();
            List<String> urls = saved.statusUrls();
            for (int i = 0; i < urls.size(); i++) {
                SourceUrl u = parseSaved("statusUrls[" + i + "]", urls.get(i), usage);
                if (u != null) {
                    fromSettings.add(u);
                }
            }
            status = fromSettings;
        }
        if (prom == null && am == null && status.isEmpty() && usage.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no source to check: give --prometheus,"
                    + " --alertmanager or --status, or save sources in the settings");
        }
        if (query != null && prom == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--query needs a Prometheus source");
        }
        List<Planned> out = new ArrayList<>();
        if (prom != null) {
            SourceConfig c = configFor(prom, options, usage);
            if (c != null) {
                out.add(new Planned(SourceKind.PROMETHEUS, new PrometheusSource(new PrometheusClient(fetcher, c),
                        query == null ? List.of() : List.of(query), clock)));
            }
        }
        if (am != null) {
            SourceConfig c = configFor(am, options, usage);
            if (c != null) {
                out.add(new Planned(SourceKind.ALERTMANAGER, new AlertmanagerSource(new AlertmanagerClient(fetcher, c),
                        clock)));
            }
        }
        for (SourceUrl s : status) {
            SourceConfig c = configFor(s, options, usage);
            if (c != null) {
                out.add(new Planned(null, new StatusApiSource(fetcher, c, clock)));
            }
        }
        return out;
    }

    /** The saved options of one source; options that cannot be used (a bad header) are a usage problem. */
    private static SourceConfig configFor(SourceUrl url, Map<String, SourceOptions> options, List<String> usage) {
        try {
            return SourceOptions.configFor(url, options);
        } catch (IllegalArgumentException | NullPointerException e) {
            usage.add("settings for " + url + ": " + UserMessages.of(e));
            return null;
        }
    }

    private Settings savedSettings() {
        SettingsStore store = SettingsStore.readOnlyOrDefault(config);
        SettingsStore.Loaded loaded = store.loadQuietly();
        loaded.problem().ifPresent(p -> spec.commandLine().getErr().println("sitrep: " + p));
        return loaded.settings();
    }

    private static SourceUrl parseSaved(String setting, String url, List<String> usage) {
        if (url == null) {
            return null;
        }
        try {
            return SourceUrl.parse(url);
        } catch (IllegalArgumentException e) {
            usage.add("setting '" + setting + "': " + e.getMessage());
            return null;
        }
    }
}
