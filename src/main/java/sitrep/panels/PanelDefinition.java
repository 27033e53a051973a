package sitrep.panels;

import sitrep.chart.ChartSpec;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart panel as the user defines it in the settings: what to query and how to draw it.
 *
 * @param legends legend formats with {@code {{label}}} placeholders, e.g. {@code {{instance}}}: none (the
 *               series' labels as Prometheus writes them), one for every expression, or one per expression
 * @param optional a default panel that hides itself when its metric is absent
 */
public record PanelDefinition(String title, List<String> expressions, String unit, List<String> legends,
                              List<ChartSpec.Threshold> thresholds, ChartSpec.YAxisMode yAxis, boolean optional) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*}}");

    public PanelDefinition {
        Objects.requireNonNull(title);
        expressions = List.copyOf(expressions);
        if (expressions.isEmpty()) {
            throw new IllegalArgumentException("panel '" + title + "' has no expression");
        }
        unit = unit == null ? "" : unit;
        legends = legends == null ? List.of() : List.copyOf(legends);
        if (legends.size() > 1 && legends.size() != expressions.size()) {
            throw new IllegalArgumentException("panel '" + title + "' has " + legends.size() + " legends for "
                    + expressions.size() + " expressions");
        }
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        yAxis = yAxis == null ? ChartSpec.YAxisMode.AUTO : yAxis;
    }

    /**
     * The legend of one series: the format with its labels filled in (a missing label becomes empty);
     * without a format, {@code name{a="x", b="y"}}; with several expressions and no format, the expression's
     * position tells them apart.
     */
    public String legendFor(int expressionIndex, Map<String, String> labels) {
        String legend = legends.isEmpty() ? "" : legends.get(legends.size() == 1 ? 0 : expressionIndex);
        if (!legend.isEmpty()) {
            Matcher m = PLACEHOLDER.matcher(legend);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(labels.getOrDefault(m.group(1), "")));
            }
            m.appendTail(out);
            return out.toString();
        }
        StringBuilder b = new StringBuilder(labels.getOrDefault("__name__", ""));
        String inner = labels.entrySet().stream().filter(e -> !e.getKey().equals("__name__"))
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=\"" + e.getValue() + "\"")
                .reduce((a, c) -> a + ", " + c).orElse("");
        if (!inner.isEmpty()) {
            b.append('{').append(inner).append('}');
        }
        if (b.length() == 0) {
            return expressions.size() > 1 ? "#" + (expressionIndex + 1) : title;
        }
        return b.toString();
    }
}
