package sitrep.source.changes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;

/**
 * Each component's level as polls report it, and since when: a level that differs from the one seen last
 * is a {@link Transition.Kind#COMPONENT_CHANGED}. Confined to the thread that feeds it.
 */
public final class ComponentLevels {

    /**
     * A component's level and since when.
     *
     * @param exact the source said when, or the console saw the change; otherwise {@code since} is only when
     *              the console first saw the level
     * @param atLeast the level held already at {@code since}, as far back as the console looked: it began then
     *                or earlier
     */
    public record Observed(HealthLevel level, Instant since, boolean exact, boolean atLeast) {
    }

    private final Map<String, Observed> levels = new HashMap<>();

    /** The component of {@code source} as seen in a poll at {@code now}; a change goes to {@code transitions}. */
    public Observed observe(String source, ComponentStatus c, Instant now, Consumer<Transition> transitions) {
        String key = source + "\u0000" + c.group() + "\u0000" + c.name();
        Observed seen = levels.get(key);
        if (seen != null && seen.level() == c.level()) {
            return seen;
        }
        Instant since = c.since() != null ? c.since() : now;
        boolean exact = c.since() != null || seen != null;
        if (seen != null) {
            transitions.accept(new Transition(since, Transition.Kind.COMPONENT_CHANGED,
                    c.name() + " is " + c.level().label().toLowerCase(Locale.ROOT) + " (was "
                            + seen.level().label().toLowerCase(Locale.ROOT) + ")",
                    Transition.evidence("source", source, "component", c.name(), "level", c.level().code(),
                            "previous", seen.level().code(), "detail", c.detail())));
        }
        Observed observed = new Observed(c.level(), since, exact, seen == null && c.since() != null && c.sinceAtLeast());
        levels.put(key, observed);
        return observed;
    }
}
