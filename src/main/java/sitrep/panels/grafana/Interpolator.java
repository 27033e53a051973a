package sitrep.panels.grafana;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code $var}, {@code ${var}}, {@code ${var:format}}, {@code [[var]]} and {@code [[var:format]]}
 * as Grafana does before a query goes to Prometheus. A name that is not a variable stays as written, so
 * Prometheus reports it rather than Sitrep guessing.
 */
public final class Interpolator {

    /** Grafana's own pattern for the three syntaxes. */
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$(\\w+)|\\[\\[(\\w+?)(?::(\\w+))?]]|\\$\\{(\\w+)(?:\\.([^:^}]+))?(?::([^}]+))?}");

    private final Map<String, VariableValue> variables;
    private final Map<String, String> builtIns;

    /**
     * @param variables the dashboard's variables by name
     * @param builtIns {@code __interval} and the like (see {@link BuiltInVariables#values()})
     */
    public Interpolator(Map<String, VariableValue> variables, Map<String, String> builtIns) {
        this.variables = Map.copyOf(variables);
        this.builtIns = Map.copyOf(builtIns);
    }

    /** For a query: each variable formatted as the Prometheus datasource formats it, or as its format says. */
    public String apply(String text) {
        return apply(text, null);
    }

    /** For a panel title, as Grafana titles it: the values' text ("All", "api + db"). */
    public String applyText(String text) {
        return apply(text, "text");
    }

    /** For a legend: values as they read, comma-separated, nothing escaped. */
    public String applyLegend(String text) {
        return apply(text, "raw");
    }

    private String apply(String text, String plain) {
        if (text.indexOf('$') < 0 && !text.contains("[[")) {
            return text;
        }
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(4);
            String format = m.group(3) != null ? m.group(3) : m.group(6);
            String replacement = replacement(name, format == null ? plain : format);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(String name, String format) {
        String builtIn = builtIns.get(name);
        if (builtIn != null) {
            return builtIn;
        }
        VariableValue v = variables.get(name);
        if (v == null) {
            return null;
        }
        return format == null ? VariableFormat.prometheusDefault(v) : VariableFormat.format(v, format);
    }

    /** Whether a text mentions this variable in any of the syntaxes. */
    public static boolean mentions(String text, String name) {
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(4);
            if (name.equals(n)) {
                return true;
            }
        }
        return false;
    }
}
