package sitrep.panels.grafana;

import java.util.List;

/**
 * A dashboard variable as Grafana saved it.
 *
 * @param type query, custom, constant, interval, textbox, datasource, adhoc ...
 * @param query the variable's query or its comma-separated values, as saved
 * @param regex the filter of a query variable ({@code /pattern/}), empty when none
 * @param options the values Grafana saved with the dashboard (query variables often save none)
 * @param current the saved selection; {@link #ALL} when "All" was selected
 * @param allValue the custom all value (for example {@code .*}), or null: then All means every option
 * @param sort Grafana's sort code (0 none, 1/2 alphabetical, 3/4 numerical, 5/6 case-insensitive)
 */
public record DashboardVariable(String name, String label, String type, String query, String regex,
                                boolean multi, boolean includeAll, String allValue, List<String> options,
                                List<String> current, int sort, boolean hidden, AutoInterval auto) {

    /** The value Grafana saves when All is selected. */
    public static final String ALL = "$__all";

    public DashboardVariable {
        options = List.copyOf(options);
        current = List.copyOf(current);
        query = query == null ? "" : query;
        regex = regex == null ? "" : regex;
        label = label == null || label.isBlank() ? name : label;
    }

    /** An interval variable's "auto" option: the range divided into {@code count} steps, at least {@code min}. */
    public record AutoInterval(int count, String min) {
    }
}
