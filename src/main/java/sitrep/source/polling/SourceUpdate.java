package sitrep.source.polling;

import sitrep.domain.MetricSeries;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceSnapshot;

/**
 * What a poller publishes after every attempt, successful or not.
 *
 * @param latest the last good snapshot, possibly from an earlier poll (see {@code health}); null before the first
 * @param reachable the console's own success series for this source ({@link ReachabilitySeries#UP_METRIC})
 * @param latency the console's own round-trip series ({@link ReachabilitySeries#LATENCY_METRIC})
 */
public record SourceUpdate(String source, SourceHealth health, SourceSnapshot latest, MetricSeries reachable,
                           MetricSeries latency) {
}
