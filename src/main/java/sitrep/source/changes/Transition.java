package sitrep.source.changes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import sitrep.source.polling.SourceUpdate;

/**
 * A change between two polls worth a timeline suggestion: a component changed level, an alert started or
 * stopped ringing, a source stopped or started answering.
 */
public record Transition(Instant at, Kind kind, String text, Map<String, String> evidence) {

    public enum Kind { COMPONENT_CHANGED, ALERT_FIRING, ALERT_RESOLVED, SOURCE_FAILING, SOURCE_RECOVERED }

    /**
     * Whether a source stopped answering or answers again between two of its updates.
     *
     * @param before the source's previous update, or null before its first
     */
    public static Optional<Transition> ofHealth(SourceUpdate before, SourceUpdate now) {
        boolean wasOk = before == null || before.health().isOk();
        if (wasOk && !now.health().isOk()) {
            return Optional.of(new Transition(now.health().since(), Kind.SOURCE_FAILING,
                    "Source " + now.source() + " stopped answering: " + now.health().reason(),
                    Map.of("source", now.source(), "reason", now.health().reason())));
        }
        if (before != null && !before.health().isOk() && now.health().isOk()) {
            return Optional.of(new Transition(now.health().since(), Kind.SOURCE_RECOVERED,
                    "Source " + now.source() + " answers again", Map.of("source", now.source())));
        }
        return Optional.empty();
    }

    /** Evidence from key, value pairs, in order; a null or empty value is left out. */
    public static Map<String, String> evidence(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null && !keyValues[i + 1].isEmpty()) {
                m.put(keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }
}
