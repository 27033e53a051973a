package sitrep.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which simulated or recorded series a query means. A drill cannot evaluate PromQL, so it answers by
 * exact expression (compared without whitespace, so the dashboard's formatting does not matter), and
 * otherwise by a plain selector: a bare metric name, optionally with equality matchers
 * ({@code probe_success{job="db-tcp"}}).
 */
public final class SeriesSelector {

    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(?:\\{(.*)})?");
    private static final Pattern MATCHER = Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

    private SeriesSelector() {
    }

    /** The expression with all whitespace removed, the form expressions are compared in. */
    public static String normalize(String expr) {
        return expr.replaceAll("\\s+", "");
    }

    /**
     * The labels a plain selector requires (its name as {@code __name__}), or empty when the expression is
     * anything more than that.
     */
    public static Optional<Map<String, String>> plainSelector(String expr) {
        Matcher m = SELECTOR.matcher(expr.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> required = new LinkedHashMap<>();
        required.put("__name__", m.group(1));
        String body = m.group(2);
        if (body != null && !body.isBlank()) {
            for (String part : body.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                if (part.isBlank()) {
                    continue;
                }
                Matcher lm = MATCHER.matcher(part);
                if (!lm.matches()) {
                    // !=, =~ and !~ need PromQL; better no answer than a wrong one.
                    return Optional.empty();
                }
                required.put(lm.group(1), lm.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
        }
        return Optional.of(required);
    }

    /** Whether {@code labels} carries every required label with the required value. */
    public static boolean matches(Map<String, String> required, Map<String, String> labels) {
        for (Map.Entry<String, String> e : required.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
