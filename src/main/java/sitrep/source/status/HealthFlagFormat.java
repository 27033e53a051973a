package sitrep.source.status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;

/**
 * The simplest home-made health answer: a top-level boolean such as {@code {"healthy": false}}, {@code {"ok": true}}
 * or {@code {"up": false, ...}}. False is a major outage, true operational; the flag's name is said in the note.
 */
final class HealthFlagFormat {

    private static final List<String> FLAGS = List.of("healthy", "ok", "up", "alive", "ready", "available");

    private HealthFlagFormat() {
    }

    static Optional<StatusReading> read(JsonObject root) {
        for (String name : FLAGS) {
            JsonElement flag = root.get(name);
            if (flag != null && flag.isJsonPrimitive() && flag.getAsJsonPrimitive().isBoolean()) {
                boolean good = flag.getAsBoolean();
                return Optional.of(new StatusReading(SourceKind.HTTP,
                        good ? HealthLevel.OPERATIONAL : HealthLevel.MAJOR_OUTAGE, null, List.of(), List.of(),
                        List.of("read from its \"" + name + "\": " + good)));
            }
        }
        return Optional.empty();
    }
}
