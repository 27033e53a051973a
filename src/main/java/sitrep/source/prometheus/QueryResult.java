package sitrep.source.prometheus;

import java.util.List;
import sitrep.domain.MetricSeries;

/**
 * A decoded query answer. Vectors are series of one point; a scalar is one unlabelled series of one
 * point; a string result sets {@code stringValue} and has no series.
 *
 * @param warnings the server's warnings, verbatim (for example a partial answer from Thanos)
 * @param infos the server's informational notes (Prometheus 2.50+), verbatim
 */
public record QueryResult(ResultType type, List<MetricSeries> series, String stringValue, List<String> warnings,
                          List<String> infos) {

    public QueryResult {
        series = List.copyOf(series);
        warnings = List.copyOf(warnings);
        infos = List.copyOf(infos);
    }
}
