package sitrep.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An alert from Prometheus or Alertmanager.
 *
 * @param severity the {@code severity} label, or an empty string without one
 * @param summary the {@code summary} annotation (else {@code description}), or an empty string
 * @param endsAt null when unset (Alertmanager's {@code 0001-01-01T00:00:00Z}) or unknown
 * @param silencedBy ids of the silences that mute it
 * @param inhibitedBy fingerprints of the alerts that inhibit it
 */
public record Alert(String name, String severity, String summary, AlertState state, Instant startsAt,
                    Instant endsAt, List<String> silencedBy, List<String> inhibitedBy,
                    Map<String, String> labels) {

    public Alert {
        Objects.requireNonNull(name);
        Objects.requireNonNull(state);
        severity = severity == null ? "" : severity;
        summary = summary == null ? "" : summary;
        silencedBy = List.copyOf(silencedBy);
        inhibitedBy = List.copyOf(inhibitedBy);
        labels = Map.copyOf(labels);
    }

    /**
     * What this alert says about the health of what it watches: nothing unless it rings; a critical
     * (or page/error) severity is a major outage, any other ringing alert a degradation.
     */
    public HealthLevel impliedLevel() {
        if (!state.ringing()) {
            return HealthLevel.OPERATIONAL;
        }
        return AlertSeverity.meansOutage(severity) ? HealthLevel.MAJOR_OUTAGE : HealthLevel.DEGRADED;
    }
}
