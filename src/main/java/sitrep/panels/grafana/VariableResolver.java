package sitrep.panels.grafana;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Gives every variable its options and selection, in the dashboard's order so that a variable's query may
 * use the ones before it ({@code label_values(up{job="$job"}, instance)}). The selection is the one asked
 * for, else the dashboard's saved one while it is still an option, else the first option, as Grafana does.
 */
public final class VariableResolver {

    /** The variables and what went wrong on the way, one line each. */
    public record Resolution(List<ResolvedVariable> variables, List<String> warnings) {
        public Resolution {
            variables = List.copyOf(variables);
            warnings = List.copyOf(warnings);
        }

    }

    private final LabelLookup lookup;

    /** @param lookup the live Prometheus, or null to use what the dashboard saved */
    public VariableResolver(LabelLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * @param chosen selections asked for by name (the command line's {@code --var}, the variable bar)
     * @param builtIns the range's {@code $__interval} and the like, for queries and auto intervals
     */
    public Resolution resolve(List<DashboardVariable> variables, Map<String, List<String>> chosen,
                              BuiltInVariables builtIns) {
        List<ResolvedVariable> done = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, VariableValue> sofar = new LinkedHashMap<>();
        for (DashboardVariable v : variables) {
            if (v.type().equals("adhoc")) {
                continue;
            }
            List<String> options = options(v, new Interpolator(sofar, builtIns.values()), builtIns, warnings);
            List<String> current = select(v, options, chosen.get(v.name()), warnings);
            ResolvedVariable r = new ResolvedVariable(v, options, current);
            sofar.put(v.name(), valueOf(r, new Interpolator(sofar, builtIns.values()), builtIns));
            done.add(r);
        }
        return new Resolution(done, warnings);
    }

    /** Like {@link #resolve} for variables already resolved: only the selections change, no lookups. */
    public static Map<String, VariableValue> values(List<ResolvedVariable> variables, BuiltInVariables builtIns) {
        Map<String, VariableValue> m = new LinkedHashMap<>();
        for (ResolvedVariable r : variables) {
            m.put(r.name(), valueOf(r, new Interpolator(m, builtIns.values()), builtIns));
        }
        return m;
    }

    /**
     * What a variable stands for: an interval's auto option computed for the range; a custom all value
     * with the variables before it substituted, as Grafana does ({@code $cluster-[0-9]+}).
     */
    private static VariableValue valueOf(ResolvedVariable r, Interpolator before, BuiltInVariables builtIns) {
        DashboardVariable v = r.definition();
        if (v.type().equals("interval") && v.auto() != null && isAuto(r.current())) {
            Duration min = GrafanaDurations.parse(v.auto().min());
            long ms = Math.max(min == null ? 0 : min.toMillis(),
                    GrafanaDurations.round(builtIns.rangeMs() / Math.max(1, v.auto().count())));
            return VariableValue.single(v.name(), GrafanaDurations.format(ms));
        }
        VariableValue value = r.value();
        if (value.customAll() != null) {
            return new VariableValue(v.name(), value.values(), true, before.apply(value.customAll()), true);
        }
        return value;
    }

    private static boolean isAuto(List<String> current) {
        return current.size() == 1 && (current.get(0).equals("auto") || current.get(0).startsWith("$__auto_interval"));
    }

    private List<String> options(DashboardVariable v, Interpolator sofar, BuiltInVariables builtIns,
                                 List<String> warnings) {
        switch (v.type()) {
            case "custom":
                return customValues(v.query());
            case "interval": {
                List<String> out = new ArrayList<>();
                if (v.auto() != null) {
                    out.add("auto");
                }
                out.addAll(customValues(v.query()));
                return out;
            }
            case "constant":
            case "textbox":
                return v.query().isEmpty() ? v.current() : List.of(v.query());
            case "query":
                return queried(v, sofar, warnings);
            default:
                return v.options().isEmpty() ? v.current() : v.options();
        }
    }

    private List<String> queried(DashboardVariable v, Interpolator sofar, List<String> warnings) {
        if (lookup == null) {
            return v.options();
        }
        if (v.query().isBlank()) {
            return v.options();
        }
        VariableQuery q = VariableQuery.parse(sofar.apply(v.query()));
        List<String> raw;
        try {
            raw = q.run(lookup);
        } catch (LabelLookup.LookupException e) {
            warnings.add("variable " + v.name() + ": " + e.getMessage() + "; kept its saved values");
            return v.options();
        }
        List<String> filtered = filter(raw, v.regex(), v.name(), warnings);
        if (filtered.isEmpty()) {
            // Its queries would then ask for instance="": empty charts with no word why.
            warnings.add("variable " + v.name() + ": its query found no values on this Prometheus ("
                    + sofar.apply(v.query()) + "); charts that use it will be empty until it does");
        }
        return sort(filtered, v.sort());
    }

    /** A custom variable's "a,b,c" or "text : value" list; {@code \,} is a literal comma. */
    static List<String> customValues(String query) {
        // A set, not list.contains: 200,000 values took 35 s to de-duplicate one by one.
        Set<String> out = new LinkedHashSet<>();
        for (String part : query.split("(?<!\\\\),")) {
            String p = part.replace("\\,", ",").strip();
            int sep = p.indexOf(" : ");
            String value = sep >= 0 ? p.substring(sep + 3).strip() : p;
            if (!value.isEmpty()) {
                out.add(value);
            }
        }
        return new ArrayList<>(out);
    }

    /** Grafana's regex filter: keeps matching values; a capture group (or one named value) is the value. */
    static List<String> filter(List<String> values, String regex, String name, List<String> warnings) {
        if (regex == null || regex.isBlank()) {
            return new ArrayList<>(new LinkedHashSet<>(values));
        }
        String body = regex.strip();
        int flags = 0;
        if (body.startsWith("/") && body.lastIndexOf('/') > 0) {
            String f = body.substring(body.lastIndexOf('/') + 1);
            body = body.substring(1, body.lastIndexOf('/'));
            flags = f.contains("i") ? Pattern.CASE_INSENSITIVE : 0;
        }
        Pattern p;
        try {
            p = Pattern.compile(body, flags);
        } catch (PatternSyntaxException e) {
            warnings.add("variable " + name + ": regex '" + regex + "' is not valid; values left unfiltered");
            return new ArrayList<>(new LinkedHashSet<>(values));
        }
        boolean namedValue = body.contains("(?<value>");
        boolean namedText = body.contains("(?<text>");
        Set<String> out = new LinkedHashSet<>();
        for (String s : values) {
            Matcher m = p.matcher(s);
            if (!m.find()) {
                continue;
            }
            String v = namedValue ? m.group("value") : namedText ? m.group("text") : m.groupCount() >= 1 ? m.group(1) : s;
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        return new ArrayList<>(out);
    }

    static List<String> sort(List<String> values, int sort) {
        List<String> out = new ArrayList<>(values);
        Comparator<String> numeric = Comparator.comparingDouble(VariableResolver::leadingNumber);
        switch (sort) {
            case 1 -> out.sort(Comparator.naturalOrder());
            case 2 -> out.sort(Comparator.reverseOrder());
            case 3 -> out.sort(numeric);
            case 4 -> out.sort(numeric.reversed());
            case 5 -> out.sort(String.CASE_INSENSITIVE_ORDER);
            case 6 -> out.sort(String.CASE_INSENSITIVE_ORDER.reversed());
            default -> { }
        }
        return out;
    }

    private static double leadingNumber(String s) {
        Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(s);
        return m.find() ? Double.parseDouble(m.group()) : Double.NEGATIVE_INFINITY;
    }

    private static List<String> select(DashboardVariable v, List<String> options, List<String> asked,
                                       List<String> warnings) {
        if (asked != null && !asked.isEmpty()) {
            if (asked.size() == 1 && (asked.get(0).equalsIgnoreCase("all") || asked.get(0).equals(DashboardVariable.ALL))
                    && v.includeAll() && !options.contains(asked.get(0))) {
                return List.of(DashboardVariable.ALL);
            }
            if (asked.size() > 1 && !v.multi()) {
                warnings.add("variable " + v.name() + " takes one value; used " + asked.get(0));
                return List.of(asked.get(0));
            }
            return asked;
        }
        List<String> saved = v.current();
        boolean savedAll = saved.size() == 1 && saved.get(0).equals(DashboardVariable.ALL);
        if (savedAll && v.includeAll()) {
            return saved;
        }
        boolean free = v.type().equals("textbox") || v.type().equals("constant") || v.type().equals("datasource");
        if (!saved.isEmpty() && (free || options.isEmpty() || options.containsAll(saved))) {
            return saved;
        }
        if (!options.isEmpty()) {
            return List.of(options.get(0));
        }
        return v.includeAll() ? List.of(DashboardVariable.ALL) : List.of();
    }
}
