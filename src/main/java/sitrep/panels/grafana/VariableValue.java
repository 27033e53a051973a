package sitrep.panels.grafana;

import java.util.List;

/**
 * What a variable stands for in one query: its selected values, and how it was declared, since Grafana's
 * Prometheus escaping depends on it (a multi-value or include-all variable is regex-escaped).
 *
 * @param values the selected values; for All without a custom all value, every option
 * @param customAll the custom all value when All is selected with one (used verbatim), else null
 * @param all whether All is selected (its text is "All")
 */
public record VariableValue(String name, List<String> values, boolean multiOrAll, String customAll, boolean all) {

    public VariableValue {
        values = List.copyOf(values);
        all |= customAll != null;
    }

    public VariableValue(String name, List<String> values, boolean multiOrAll, String customAll) {
        this(name, values, multiOrAll, customAll, false);
    }

    public static VariableValue single(String name, String value) {
        return new VariableValue(name, List.of(value), false, null);
    }
}
