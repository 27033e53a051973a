package sitrep.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import sitrep.concurrent.BackgroundTask;
import sitrep.panels.PanelLinks;
import sitrep.panels.grafana.PanelSet;
import sitrep.panels.grafana.BuiltInVariables;
import sitrep.panels.grafana.DashboardVariable;
import sitrep.panels.grafana.GrafanaImport;
import sitrep.panels.grafana.ImportedDashboard;
import sitrep.panels.grafana.ImportedPanel;
import sitrep.panels.grafana.Interpolator;
import sitrep.panels.grafana.LabelLookup;
import sitrep.panels.grafana.ResolvedVariable;
import sitrep.ui.dashboard.DashboardViewModel;
import sitrep.panels.PanelDefinition;
import sitrep.ui.dashboard.PanelLink;
import sitrep.ui.dashboard.TimeWindow;
import sitrep.ui.panels.VariableBarViewModel;

/**
 * Shows the chosen panel set on the dashboard: the default set as it is, an imported dashboard with its
 * variables resolved off the FX thread and substituted for each refresh's range. A variable change
 * re-queries at once; variables whose queries use the changed one are then resolved again.
 * All methods run on the FX thread.
 */
final class PanelSetSwitcher {

    private final Settings settings;
    private final Runnable save;
    private final DashboardViewModel dashboard;
    private final VariableBarViewModel bar;
    private final LabelLookup lookup;
    private final String prometheusBase;
    private final Executor background;
    private final Executor fx;
    private PanelSet shown;
    private List<ResolvedVariable> variables = List.of();
    private Map<PanelDefinition, ImportedPanel> origins = Map.of();
    private long generation;

    /**
     * @param lookup the live Prometheus for query variables, or null (a drill): saved values are used
     * @param prometheusBase the Prometheus to link panels to, or null
     */
    PanelSetSwitcher(Settings settings, Runnable save, DashboardViewModel dashboard, VariableBarViewModel bar,
                     LabelLookup lookup, String prometheusBase, Executor background, Executor fx,
                     Consumer<String> browser) {
        this.settings = settings;
        this.save = save;
        this.dashboard = dashboard;
        this.bar = bar;
        this.lookup = lookup;
        this.prometheusBase = prometheusBase;
        this.background = background;
        this.fx = fx;
        bar.onSetChosen(this::choose);
        bar.onSelection(this::selected);
        dashboard.setPanelLinks(this::links, browser);
    }

    /** Lists the saved sets and shows the one last chosen. */
    void start() {
        bar.setSets(names(), settings.activePanelSet());
        show(settings.activePanelSet());
    }

    /** After an import: lists the sets again and shows {@code name}. */
    void showImported(String name) {
        bar.setSets(names(), bar.selectedSetProperty().get());
        bar.chooseSet(name);
    }

    private List<String> names() {
        return settings.panelSets().stream().map(PanelSet::name).toList();
    }

    private void choose(String name) {
        settings.setActivePanelSet(name.equals(VariableBarViewModel.DEFAULT_SET) ? null : name);
        save.run();
        show(settings.activePanelSet());
    }

    private void show(String name) {
        generation++;
        shown = name == null ? null : settings.panelSets().stream().filter(s -> s.name().equals(name))
                .findFirst().orElse(null);
        variables = List.of();
        if (shown == null) {
            bar.showVariables(List.of());
            bar.setStatus("");
            dashboard.setDefinitionBinder(null);
            dashboard.setDefinitions(settings.panels());
            return;
        }
        resolve(shown, shown.selection(), List.of());
    }

    /** Resolves off the FX thread; a newer choice made meanwhile wins. */
    private void resolve(PanelSet set, Map<String, List<String>> chosen, List<DashboardVariable> definitions) {
        long mine = ++generation;
        bar.setStatus(lookup == null || set.dashboard().variables().isEmpty() ? "" : "Resolving variables…");
        List<DashboardVariable> vars = definitions.isEmpty() ? set.dashboard().variables() : definitions;
        try {
            BackgroundTask.of(() -> GrafanaImport.of(withVariables(set, vars), lookup, chosen, Duration.ofHours(1),
                    GrafanaImport.DEFAULT_MAX_DATA_POINTS, BuiltInVariables.DEFAULT_SCRAPE)).onSuccess(done -> {
                        if (mine != generation) {
                            return;
                        }
                        variables = done.resolution().variables();
                        bar.setStatus(String.join("; ", done.resolution().warnings()));
                        bind();
                    }).runOn(background, fx);
        } catch (RejectedExecutionException e) {
            // The dashboard closed (sources changed, quitting): its panel sets go with it.
            bar.setStatus("");
        }
    }

    private static ImportedDashboard withVariables(PanelSet set, List<DashboardVariable> vars) {
        var d = set.dashboard();
        return new ImportedDashboard(d.title(), d.uid(), d.panels(), d.skipped(), vars);
    }

    private void bind() {
        bar.showVariables(variables.stream().filter(v -> !v.definition().hidden()
                        && !v.definition().type().equals("datasource")).map(PanelSetSwitcher::choice)
                .toList());
        PanelSet set = shown;
        dashboard.setDefinitions(panelsFor(set, Duration.ofHours(1)));
        dashboard.setDefinitionBinder(range -> panelsFor(set, range.length()));
    }

    private List<PanelDefinition> panelsFor(PanelSet set, Duration range) {
        BuiltInVariables builtIns = BuiltInVariables.of(range, GrafanaImport.DEFAULT_MAX_DATA_POINTS,
                BuiltInVariables.DEFAULT_SCRAPE, null);
        List<PanelDefinition> panels = GrafanaImport.panels(set.dashboard(), variables, builtIns);
        Map<PanelDefinition, ImportedPanel> map = new HashMap<>();
        for (int i = 0; i < panels.size(); i++) {
            map.put(panels.get(i), set.dashboard().panels().get(i));
        }
        origins = map;
        return panels;
    }

    private static VariableBarViewModel.Choice choice(ResolvedVariable v) {
        DashboardVariable d = v.definition();
        List<String> selection = v.allSelected() ? List.of(VariableBarViewModel.ALL) : v.current();
        return new VariableBarViewModel.Choice(d.name(), d.label(), v.options(), d.multi(), d.includeAll(), selection);
    }

    private void selected(String name, List<String> values) {
        if (shown == null) {
            return;
        }
        List<String> selection = values.equals(List.of(VariableBarViewModel.ALL)) ? List.of(DashboardVariable.ALL)
                : values;
        List<ResolvedVariable> next = new ArrayList<>();
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        List<DashboardVariable> later = new ArrayList<>();
        boolean after = false;
        boolean dependents = false;
        for (ResolvedVariable v : variables) {
            ResolvedVariable r = v.name().equals(name) ? v.select(selection) : v;
            next.add(r);
            if (!after) {
                chosen.put(r.name(), r.current());
                later.add(r.definition());
            } else {
                DashboardVariable d = r.definition();
                dependents |= d.type().equals("query") && Interpolator.mentions(d.query(), name);
                // Keep what is selected now when it is still an option after the change.
                later.add(new DashboardVariable(d.name(), d.label(), d.type(), d.query(), d.regex(), d.multi(),
                        d.includeAll(), d.allValue(), d.options(), r.current(), d.sort(), d.hidden(), d.auto()));
            }
            after |= v.name().equals(name);
        }
        variables = next;
        Map<String, List<String>> saved = new LinkedHashMap<>();
        next.forEach(v -> saved.put(v.name(), v.current()));
        shown = shown.withSelection(saved);
        settings.putPanelSet(shown);
        save.run();
        bind();
        if (dependents && lookup != null) {
            resolve(shown, chosen, later);
        }
    }

    /** Open the queries in Prometheus' graph page; open the panel in Grafana when it came from a server. */
    private List<PanelLink> links(PanelDefinition panel, TimeWindow.Range range) {
        List<PanelLink> out = new ArrayList<>();
        if (prometheusBase != null) {
            out.add(new PanelLink("Open in Prometheus", PanelLinks.prometheusGraph(prometheusBase,
                    panel.expressions(), range.from(), range.to())));
        }
        ImportedPanel origin = origins.get(panel);
        if (shown != null && shown.grafanaUrl() != null && !shown.dashboard().uid().isEmpty() && origin != null) {
            Map<String, List<String>> selection = new LinkedHashMap<>();
            variables.stream().filter(v -> !v.definition().type().equals("datasource"))
                    .forEach(v -> selection.put(v.name(), v.current()));
            out.add(new PanelLink("Open in Grafana", PanelLinks.grafanaPanel(shown.grafanaUrl(),
                    shown.dashboard().uid(), origin.panelId(), range.from(), range.to(), selection)));
        }
        return out;
    }
}
