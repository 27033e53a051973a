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
            List<Planned> planned = plan(new HttpFetcher(clients), Clock.systemUTC());
            List<CheckReport.Row> rows = new ArrayList<>();
            for (Planned p : planned) {
                try {
                    rows.add(CheckReport.Row.of(p.source().poll()));
                } catch (SourceError e) {
                    rows.add(CheckReport.Row.failed(p.source().name(), p.kind(), e));
                }
            }
            CheckReport report = new CheckReport(rows);
            cl.getOut().print(json ? report.json() : report.table());
            cl.getOut().flush();
            return report.allWell() ? 0 : 1;
        } finally {
            clients.close();
        }
    }

    private List<Planned> plan(HttpFetcher fetcher, Clock clock) {
        SourceUrl prom = sources.prometheus;
        SourceUrl am = sources.alertmanager;
        List<SourceUrl> status = sources.statusPages;
        Settings saved = savedSettings();
        Map<String, SourceOptions> options = saved.sourceOptions();
        if (prom == null && am == null && status.isEmpty()) {
            prom = parseSaved(saved.prometheusUrl());
            am = parseSaved(saved.alertmanagerUrl());
            status = saved.statusUrls().stream().map(this::parseSaved).toList();
        }
        if (prom == null && am == null && status.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no source to check: give --prometheus,"
                    + " --alertmanager or --status, or save sources in the settings");
        }
        if (query != null && prom == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--query needs a Prometheus source");
        }
        List<Planned> out = new ArrayList<>();
        if (prom != null) {
            out.add(new Planned(SourceKind.PROMETHEUS, new PrometheusSource(
                    new PrometheusClient(fetcher, SourceOptions.configFor(prom, options)),
                    query == null ? List.of() : List.of(query), clock)));
        }
        if (am != null) {
            out.add(new Planned(SourceKind.ALERTMANAGER, new AlertmanagerSource(
                    new AlertmanagerClient(fetcher, SourceOptions.configFor(am, options)), clock)));
        }
        for (SourceUrl s : status) {
            out.add(new Planned(null, new StatusApiSource(fetcher, SourceOptions.configFor(s, options), clock)));
        }
        return out;
    }

    private Settings savedSettings() {
        SettingsStore store = config == null ? SettingsStore.atDefaultLocation() : new SettingsStore(config);
        SettingsStore.Loaded loaded = store.load();
        loaded.problem().ifPresent(p -> spec.commandLine().getErr().println("sitrep: " + p));
        return loaded.settings();
    }

    private SourceUrl parseSaved(String url) {
        if (url == null) {
            return null;
        }
        try {
            return SourceUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "saved source " + e.getMessage());
        }
    }
}
