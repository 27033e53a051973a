package sitrep.incident.command;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How this team runs incidents: the one-line definition of each severity and how often stakeholders hear
 * from the incident at each severity. Defaults follow common practice (SEV1 every 30 minutes, SEV2 every
 * hour, the rest when there is news); the settings may change both.
 */
public record CommandPolicy(Map<Severity, String> definitions, Map<Severity, Duration> cadence) {

    public CommandPolicy {
        definitions = Map.copyOf(definitions);
        cadence = Map.copyOf(cadence);
    }

    public static CommandPolicy defaults() {
        Map<Severity, String> d = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            d.put(s, s.defaultDefinition());
        }
        return new CommandPolicy(d, Map.of(Severity.SEV1, Duration.ofMinutes(30), Severity.SEV2, Duration.ofMinutes(60)));
    }

    /**
     * The defaults with the settings' words laid over them; unknown levels and non-positive minutes are ignored.
     *
     * @param definitions "SEV1" to its definition
     * @param minutes     "SEV1" to minutes between updates; 0 turns the reminder off for that level
     */
    public static CommandPolicy of(Map<String, String> definitions, Map<String, Integer> minutes) {
        CommandPolicy base = defaults();
        Map<Severity, String> d = new EnumMap<>(base.definitions);
        Map<Severity, Duration> c = new EnumMap<>(Severity.class);
        c.putAll(base.cadence);
        if (definitions != null) {
            definitions.forEach((k, v) -> level(k).ifPresent(s -> {
                if (v != null && !v.isBlank()) {
                    d.put(s, v.strip());
                }
            }));
        }
        if (minutes != null) {
            minutes.forEach((k, v) -> level(k).ifPresent(s -> {
                if (v == null || v <= 0) {
                    c.remove(s);
                } else {
                    c.put(s, Duration.ofMinutes(v));
                }
            }));
        }
        return new CommandPolicy(d, c);
    }

    public String definition(Severity s) {
        return definitions.getOrDefault(s, s.defaultDefinition());
    }

    public Optional<Duration> cadence(Severity s) {
        return Optional.ofNullable(cadence.get(s));
    }

    private static Optional<Severity> level(String key) {
        try {
            return Optional.of(Severity.parse(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
