package sitrep.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one successful poll of one source said, immutable so it can cross to the FX thread and be
 * recorded as evidence.
 *
 * @param source the source's URL as the user gave it
 * @param latency the round trip of the poll's first request
 * @param version the server's version when it tells, else null
 * @param level the source's overall level (the worst of its components and ringing alerts)
 * @param series metric series the poll fetched (Prometheus queries), possibly empty
 * @param incidents open incidents and scheduled maintenances (status pages), possibly empty
 * @param warnings warnings and infos the server attached to its answer, verbatim
 */
public record SourceSnapshot(String source, SourceKind kind, Instant at, Duration latency, String version,
                             HealthLevel level, List<ComponentStatus> components, List<Alert> alerts,
                             List<MetricSeries> series, List<StatusIncident> incidents, List<String> warnings) {

    public SourceSnapshot {
        Objects.requireNonNull(source);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(at);
        Objects.requireNonNull(latency);
        Objects.requireNonNull(level);
        components = List.copyOf(components);
        alerts = List.copyOf(alerts);
        series = List.copyOf(series);
        incidents = List.copyOf(incidents);
        warnings = List.copyOf(warnings);
    }
}
