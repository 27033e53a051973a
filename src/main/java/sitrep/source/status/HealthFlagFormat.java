package sitrep.source.status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;

/**
 * The simplest home-made health answer: a top-level flag such as {@code {"healthy": false}}, {@code {"ok": true}} or
 * {@code {"up": 0, ...}} (true/false or 1/0). False is a major outage, true operational; a false one is said.
 */
final class HealthFlagFormat {

    private static final List<String> FLAGS = List.of("healthy", "ok", "up", "alive", "ready", "available");

    private HealthFlagFormat() {
    }

    static Optional<StatusReading> read(JsonObject root) {
        for (String name : FLAGS) {
            JsonElement flag = root.get(name);
            Optional<Boolean> good = flag == null || !flag.isJsonPrimitive() ? Optional.empty() : truth(flag);
            if (good.isPresent()) {
                // Said only when it tells of an outage: a healthy answer needs no words.
                return Optional.of(new StatusReading(SourceKind.HTTP,
                        good.get() ? HealthLevel.OPERATIONAL : HealthLevel.MAJOR_OUTAGE, null, List.of(), List.of(),
                        good.get() ? List.of() : List.of("its \"" + name + "\" is " + flag)));
            }
        }
        return Optional.empty();
    }

    /** true and false, and 1 and 0 as Prometheus' own "up" writes them. */
    private static Optional<Boolean> truth(JsonElement flag) {
        if (flag.getAsJsonPrimitive().isBoolean()) {
            return Optional.of(flag.getAsBoolean());
        }
        if (flag.getAsJsonPrimitive().isNumber()) {
            double v = flag.getAsDouble();
            return v == 1 ? Optional.of(true) : v == 0 ? Optional.of(false) : Optional.empty();
        }
        return Optional.empty();
    }
}
