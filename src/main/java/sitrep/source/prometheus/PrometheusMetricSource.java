package sitrep.source.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import sitrep.source.MetricSource;
import sitrep.source.SourceError;

/** Chart series straight from a Prometheus-compatible server's range queries. */
public final class PrometheusMetricSource implements MetricSource {

    private final PrometheusClient client;

    public PrometheusMetricSource(PrometheusClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return client.config().name();
    }

    @Override
    public Range range(String expression, Instant start, Instant end, Duration step) throws SourceError {
        QueryResult r = client.queryRange(expression, start, end, step).value();
        List<String> said = new ArrayList<>(r.warnings());
        said.addAll(r.infos());
        return new Range(r.series(), said);
    }
}
