package sitrep.ui.dashboard;

import sitrep.panels.PanelDefinition;
import sitrep.chart.ChartSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sitrep.domain.MetricSeries;
import sitrep.source.MetricSource;

/**
 * A metric source for the dashboard benchmarks: every expression answers {@code seriesPerQuery} series of
 * raw 1 s samples over the whole range whatever step is asked (a worst case: a server or recording that
 * does not downsample), in fresh arrays each call as a parsed response would be. {@code probe_success} and
 * {@code up} read 1, so the connectivity rows are operational.
 */
final class SyntheticMetrics implements MetricSource {

    private final int seriesPerQuery;

    SyntheticMetrics(int seriesPerQuery) {
        this.seriesPerQuery = seriesPerQuery;
    }

    /** {@code count} panels of one expression each, three legends from the instance label. */
    static List<PanelDefinition> panels(int count) {
        List<PanelDefinition> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            out.add(new PanelDefinition("Panel " + p, List.of("metric_" + p), "s", List.of("{{instance}}"),
                    List.of(new ChartSpec.Threshold(0.5, 1.0, ChartSpec.Threshold.Level.WARNING)),
                    ChartSpec.YAxisMode.FROM_ZERO, false));
        }
        return out;
    }

    @Override
    public String name() {
        return "synthetic";
    }

    @Override
    public Range range(String expression, Instant start, Instant end, Duration step) {
        boolean health = expression.equals(DefaultPanels.PROBE_SUCCESS) || expression.equals(DefaultPanels.UP);
        int n = (int) Duration.between(start, end).toSeconds() + 1;
        long t0 = start.toEpochMilli();
        int salt = expression.hashCode();
        List<MetricSeries> series = new ArrayList<>();
        for (int s = 0; s < seriesPerQuery; s++) {
            long[] t = new long[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = t0 + i * 1000L;
                v[i] = health ? 1 : 0.1 + 0.02 * s + 0.05 * Math.sin((i + salt) / 300.0 + s)
                        + ((i * 2654435761L + s) % 1000) / 50_000.0;
            }
            series.add(new MetricSeries(Map.of("job", "bench", "instance", "host-" + s), t, v));
        }
        return new Range(series, List.of());
    }
}
