package sitrep.panels.grafana;

import java.util.List;
import java.util.Map;

/**
 * A named set of dashboard panels saved beside the default set: an imported Grafana dashboard with its
 * queries still templated, so the variable bar can change them, and the selections last made.
 *
 * @param selection variable name to the values selected
 * @param grafanaUrl the Grafana server it came from (for "Open in Grafana"), or null for a file
 */
public record PanelSet(String name, ImportedDashboard dashboard, Map<String, List<String>> selection,
                       String grafanaUrl) {

    public PanelSet {
        selection = selection == null ? Map.of() : Map.copyOf(selection);
    }

    public PanelSet withSelection(Map<String, List<String>> next) {
        return new PanelSet(name, dashboard, next, grafanaUrl);
    }
}
