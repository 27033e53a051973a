package sitrep.panels.grafana;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Prometheus query variable's query, one of Grafana's functions: {@code label_names()},
 * {@code label_values(label)}, {@code label_values(selector, label)}, {@code metrics(regex)},
 * {@code query_result(promql)}.
 */
record VariableQuery(Kind kind, String selector, String argument) {

    enum Kind { LABEL_NAMES, LABEL_VALUES, METRICS, QUERY_RESULT, SERIES }

    private static final Pattern CALL = Pattern.compile("(?s)^\\s*(label_names|label_values|metrics|query_result)"
            + "\\s*\\((.*)\\)\\s*$");

    /** Any other text is a series selector, listed as {@code name{a="x",b="y"}} as Grafana does. */
    static VariableQuery parse(String query) {
        Matcher m = CALL.matcher(query);
        if (!m.matches()) {
            return new VariableQuery(Kind.SERIES, query.strip(), "");
        }
        String args = m.group(2).strip();
        return switch (m.group(1)) {
            case "label_names" -> new VariableQuery(Kind.LABEL_NAMES, args.isEmpty() ? null : args, "");
            case "metrics" -> new VariableQuery(Kind.METRICS, null, args);
            case "query_result" -> new VariableQuery(Kind.QUERY_RESULT, null, args);
            default -> labelValues(args, query);
        };
    }

    private static VariableQuery labelValues(String args, String query) {
        int comma = lastTopLevelComma(args);
        if (comma < 0) {
            return new VariableQuery(Kind.LABEL_VALUES, null, args);
        }
        String selector = args.substring(0, comma).strip();
        String label = args.substring(comma + 1).strip();
        return new VariableQuery(Kind.LABEL_VALUES, selector.isEmpty() ? null : selector, label);
    }

    /** The comma that separates the selector from the label: not inside braces, brackets or quotes. */
    private static int lastTopLevelComma(String s) {
        int depth = 0;
        char quote = 0;
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                found = i;
            }
        }
        return found;
    }

    List<String> run(LabelLookup lookup) throws LabelLookup.LookupException {
        return switch (kind) {
            case LABEL_NAMES -> lookup.labelNames(selector);
            case LABEL_VALUES -> lookup.labelValues(argument, selector);
            case SERIES -> lookup.series(selector);
            case QUERY_RESULT -> lookup.queryResult(argument);
            case METRICS -> {
                Pattern p;
                try {
                    p = Pattern.compile(argument);
                } catch (RuntimeException e) {
                    throw new LabelLookup.LookupException("metrics(" + argument + "): not a regular expression");
                }
                List<String> out = new ArrayList<>();
                for (String name : lookup.labelValues("__name__", null)) {
                    if (p.matcher(name).find()) {
                        out.add(name);
                    }
                }
                yield out;
            }
        };
    }
}
