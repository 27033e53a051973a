package sitrep.source.drill;

import java.util.List;

/**
 * The queries of the default dashboard panels. The built-in scenario answers each of them by exact
 * expression (its series list them under {@code "expr"}, the file being the source of truth; a test keeps
 * the two in step), so the same dashboard shows a drill and a real Prometheus alike. The instrumentation
 * they assume is the usual one: a {@code http_request_duration_seconds} histogram and an
 * {@code http_requests_total} counter with a {@code code} label, blackbox probes, and {@code up}.
 */
public final class DrillExpressions {

    public static final String LATENCY_P50 =
            "histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket[1m])))";
    public static final String LATENCY_P95 =
            "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[1m])))";
    public static final String LATENCY_P99 =
            "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[1m])))";
    public static final String REQUEST_RATE = "sum(rate(http_requests_total[1m]))";
    public static final String ERROR_RATIO =
            "sum(rate(http_requests_total{code=~\"5..\"}[1m])) / sum(rate(http_requests_total[1m]))";
    public static final String PROBE_SUCCESS = "probe_success";
    public static final String PROBE_DURATION = "probe_duration_seconds";
    public static final String UP = "up";

    /** A default panel: its title, unit and the expressions drawn in it, in legend order. */
    public record Panel(String title, String unit, List<String> expressions) {
        public Panel {
            expressions = List.copyOf(expressions);
        }
    }

    public static final List<Panel> DEFAULT_PANELS = List.of(
            new Panel("API latency", "s", List.of(LATENCY_P50, LATENCY_P95, LATENCY_P99)),
            new Panel("Requests", "req/s", List.of(REQUEST_RATE)),
            new Panel("Error ratio", "ratio", List.of(ERROR_RATIO)),
            new Panel("Probes", "success", List.of(PROBE_SUCCESS)),
            new Panel("Probe duration", "s", List.of(PROBE_DURATION)),
            new Panel("Targets up", "up", List.of(UP)));

    private DrillExpressions() {
    }
}
