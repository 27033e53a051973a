package sitrep.source;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import sitrep.domain.MetricSeries;

/**
 * Where chart series come from: a Prometheus-compatible server, a drill, or a recording. Implementations
 * block; callers run them off the FX thread.
 */
public interface MetricSource {

    /** A short name for messages and legends, e.g. the server's URL or "drill". */
    String name();

    /**
     * The series of {@code expression} over [start, end], about one point per {@code step}; an expression
     * that matches nothing gives an empty list, not an error.
     *
     * @throws SourceError with a one-line reason (bad PromQL comes back verbatim from the server)
     */
    Range range(String expression, Instant start, Instant end, Duration step) throws SourceError;

    /** A range answer and what the server said about it (Prometheus warnings and infos, verbatim). */
    record Range(List<MetricSeries> series, List<String> warnings) {
        public Range {
            series = List.copyOf(series);
            warnings = List.copyOf(warnings);
        }
    }
}
