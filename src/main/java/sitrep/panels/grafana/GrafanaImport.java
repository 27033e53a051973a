package sitrep.panels.grafana;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sitrep.panels.PanelDefinition;

/**
 * A dashboard made ready to draw: variables resolved (against the live Prometheus when there is one),
 * built-ins computed for the range, and every panel's queries as they will be sent.
 */
public record GrafanaImport(ImportedDashboard dashboard, VariableResolver.Resolution resolution,
                            BuiltInVariables builtIns, List<PanelDefinition> panels) {

    /** How wide a chart is, in data points, when nobody says: about a panel's width in pixels. */
    public static final int DEFAULT_MAX_DATA_POINTS = 1000;

    /**
     * @param lookup the live Prometheus for query variables, or null to keep the saved values
     * @param chosen selections by variable name
     * @param range the time range the queries are for
     * @param scrape the Prometheus scrape interval ({@link BuiltInVariables#DEFAULT_SCRAPE} when unknown)
     */
    public static GrafanaImport of(ImportedDashboard dashboard, LabelLookup lookup, Map<String, List<String>> chosen,
                                   Duration range, int maxDataPoints, Duration scrape) {
        BuiltInVariables builtIns = BuiltInVariables.of(range, maxDataPoints, scrape, null);
        VariableResolver.Resolution resolution = new VariableResolver(lookup).resolve(dashboard.variables(),
                chosen, builtIns);
        return new GrafanaImport(dashboard, resolution, builtIns, panels(dashboard, resolution.variables(), builtIns));
    }

    /** The same dashboard with other selections or another range; no lookups. */
    public static List<PanelDefinition> panels(ImportedDashboard dashboard, List<ResolvedVariable> variables,
                                               BuiltInVariables builtIns) {
        Map<String, VariableValue> values = VariableResolver.values(variables, builtIns);
        Interpolator common = new Interpolator(values, builtIns.values());
        List<PanelDefinition> out = new ArrayList<>(dashboard.panels().size());
        for (ImportedPanel p : dashboard.panels()) {
            BuiltInVariables own = builtIns.withMinInterval(p.minInterval());
            out.add(PanelDefinitions.of(p, own == builtIns ? common : new Interpolator(values, own.values())));
        }
        return out;
    }
}
