package sitrep.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sitrep.panels.grafana.PanelSet;
import sitrep.panels.grafana.GrafanaExporter;
import sitrep.panels.grafana.ImportedPanel;
import sitrep.panels.grafana.Interpolator;
import sitrep.panels.grafana.PanelDefinitions;
import sitrep.panels.PanelDefinition;

/** {@code sitrep panels export}: a panel set as a dashboard JSON that Grafana imports. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = SitrepCommand.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Write a panel set as a Grafana dashboard (Dashboards > Import in Grafana). An imported"
            + " set keeps its variables; the default set is written as it is drawn."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:no such panel set, FILE exists without --force, or cannot write",
            "2:usage error"})
public final class PanelsExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "grafana", description = "Only grafana for now.")
    private String format;

    @Option(names = "--set", paramLabel = "NAME", description = "Panel set to write; default: the one the console shows.")
    private String set;

    @Mixin
    private OutputFlags output = new OutputFlags();

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file to read the panel sets from.")
    private Path config;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (!format.equals("grafana")) {
            throw new CommandLine.ParameterException(cl, "--format '" + format + "': only grafana is supported");
        }
        // Exporting only reads the settings: a broken --config file is reported, never moved aside.
        SettingsStore store = SettingsStore.readOnlyOrDefault(config);
        SettingsStore.Loaded loaded = store.loadQuietly();
        loaded.problem().ifPresent(p -> cl.getErr().println("sitrep: " + p));
        Settings settings = loaded.settings();
        String wanted = set != null ? set : settings.activePanelSet();
        String json;
        if (wanted == null || wanted.equals("default")) {
            json = GrafanaExporter.export("Sitrep panels", settings.panels(), List.of());
        } else {
            PanelSet found = settings.panelSets().stream().filter(s -> s.name().equals(wanted)).findFirst().orElse(null);
            if (found == null) {
                cl.getErr().println("sitrep: no panel set named '" + wanted + "'; there are: default"
                        + settings.panelSets().stream().map(s -> ", " + s.name()).reduce("", String::concat));
                return 1;
            }
            // Queries keep their $variables so the dashboard's variables keep working in Grafana.
            Interpolator none = new Interpolator(Map.of(), Map.of());
            List<PanelDefinition> panels = found.dashboard().panels().stream()
                    .map((ImportedPanel p) -> PanelDefinitions.of(p, none)).toList();
            json = GrafanaExporter.export(found.name(), panels, found.dashboard().variables());
        }
        if (output.out == null) {
            cl.getOut().println(json);
            cl.getOut().flush();
            return 0;
        }
        if (output.refused(cl.getErr())) {
            return 1;
        }
        try {
            return OutputTarget.write(output.out, output.force, json + "\n", cl.getErr()) ? 0 : 1;
        } catch (IOException e) {
            cl.getErr().println("sitrep: could not write " + output.out + ": " + UserMessages.of(e));
            return 1;
        }
    }
}
