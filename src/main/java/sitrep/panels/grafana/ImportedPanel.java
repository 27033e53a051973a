package sitrep.panels.grafana;

import java.util.List;

/**
 * One Grafana panel as read from the dashboard JSON, before variables are substituted: what it queries and
 * how Grafana drew it. Pure data; {@link PanelDefinitions} turns it into what the dashboard draws.
 *
 * @param expressions the visible targets' PromQL, still with {@code $variables}
 * @param legends one legend format per expression, empty when the panel let Grafana choose ({@code __auto})
 * @param unit Grafana's unit id ({@code s}, {@code percentunit}, {@code reqps} ...), empty when none
 * @param thresholds bands to draw, already in the panel's unit
 * @param min the y axis minimum Grafana was given, or null
 * @param max the y axis maximum, or null
 * @param panelId Grafana's panel id (for a link back to the panel), or null
 * @param minInterval the panel's "Min interval" ({@code interval}, e.g. {@code 1m}), the lower limit of
 *                    {@code $__interval}; null when not set
 */
public record ImportedPanel(String title, String grafanaType, List<String> expressions, List<String> legends,
                            String unit, List<Band> thresholds, Double min, Double max, boolean logScale,
                            Integer panelId, String minInterval) {

    public ImportedPanel {
        expressions = List.copyOf(expressions);
        legends = List.copyOf(legends);
        thresholds = List.copyOf(thresholds);
        unit = unit == null ? "" : unit;
    }

    /** A threshold band [from, to] that Grafana coloured as a warning or as critical. */
    public record Band(double from, double to, boolean critical) {
    }
}
