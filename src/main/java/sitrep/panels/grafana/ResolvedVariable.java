package sitrep.panels.grafana;

import java.util.List;

/**
 * A variable with the values it can take now and what is selected.
 *
 * @param options the values offered (from Prometheus, the dashboard or the variable's own list)
 * @param current the selection; {@link DashboardVariable#ALL} alone when All is selected
 */
public record ResolvedVariable(DashboardVariable definition, List<String> options, List<String> current) {

    public ResolvedVariable {
        options = List.copyOf(options);
        current = List.copyOf(current);
    }

    public String name() {
        return definition.name();
    }

    public boolean allSelected() {
        return current.size() == 1 && current.get(0).equals(DashboardVariable.ALL);
    }

    /** What the variable stands for in a query. */
    public VariableValue value() {
        DashboardVariable d = definition;
        if (allSelected()) {
            // With no option known (no Prometheus asked, none saved), All can only mean any value.
            String custom = d.allValue() != null ? d.allValue() : options.isEmpty() ? ".*" : null;
            return new VariableValue(d.name(), options, true, custom, true);
        }
        return new VariableValue(d.name(), current, d.multi() || d.includeAll(), null);
    }

    /** The same variable with another selection. */
    public ResolvedVariable select(List<String> selection) {
        return new ResolvedVariable(definition, options, selection);
    }
}
