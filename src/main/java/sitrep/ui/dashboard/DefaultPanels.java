package sitrep.ui.dashboard;

import sitrep.panels.PanelDefinition;
import sitrep.chart.ChartSpec;

import java.util.List;

/**
 * Panels that work out of the box with common exporters (a request-duration histogram, a request counter
 * with a {@code code} label, the blackbox exporter). Each hides itself when its metric is absent.
 * Connectivity ({@code probe_success}, {@code up}) is drawn as bands, not as a chart.
 */
public final class DefaultPanels {

    /** The histogram most HTTP instrumentation libraries export; configurable in the settings. */
    public static final String DEFAULT_HISTOGRAM = "http_request_duration_seconds";
    /** The request counter that goes with it. */
    public static final String DEFAULT_COUNTER = "http_requests_total";

    public static final String PROBE_SUCCESS = "probe_success";
    public static final String UP = "up";

    private DefaultPanels() {
    }

    public static String latencyQuantile(double q, String histogram) {
        return "histogram_quantile(" + q + ", sum by (le) (rate(" + histogram + "_bucket[1m])))";
    }

    public static String requestRate(String counter) {
        return "sum(rate(" + counter + "[1m]))";
    }

    public static String errorRatio(String counter) {
        return "sum(rate(" + counter + "{code=~\"5..\"}[1m])) / sum(rate(" + counter + "[1m]))";
    }

    public static List<PanelDefinition> forMetrics(String histogram, String counter) {
        return List.of(
                new PanelDefinition("Request latency (p50, p95, p99)",
                        List.of(latencyQuantile(0.5, histogram), latencyQuantile(0.95, histogram),
                                latencyQuantile(0.99, histogram)),
                        "s", List.of("p50", "p95", "p99"), List.of(new ChartSpec.Threshold(0.5, 1.0, ChartSpec.Threshold.Level.WARNING),
                                new ChartSpec.Threshold(1.0, ChartSpec.Threshold.OPEN, ChartSpec.Threshold.Level.CRITICAL)),
                        ChartSpec.YAxisMode.FROM_ZERO, true),
                new PanelDefinition("Request rate", List.of(requestRate(counter)), "req/s", List.of("requests"),
                        List.of(), ChartSpec.YAxisMode.FROM_ZERO, true),
                new PanelDefinition("Error ratio", List.of(errorRatio(counter)), "", List.of("5xx share"),
                        List.of(new ChartSpec.Threshold(0.01, 0.05, ChartSpec.Threshold.Level.WARNING),
                                new ChartSpec.Threshold(0.05, 1.0, ChartSpec.Threshold.Level.CRITICAL)),
                        ChartSpec.YAxisMode.RATIO, true),
                new PanelDefinition("Probe duration", List.of("probe_duration_seconds"), "s", List.of("{{job}} {{instance}}"),
                        List.of(), ChartSpec.YAxisMode.FROM_ZERO, true));
    }

    public static List<PanelDefinition> standard() {
        return forMetrics(DEFAULT_HISTOGRAM, DEFAULT_COUNTER);
    }
}
