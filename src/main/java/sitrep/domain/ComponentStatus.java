package sitrep.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the status grid.
 *
 * @param group the group or parent component, null when it stands alone
 * @param since when it last changed, null when the source does not say
 * @param detail a short explanation (an error, a measured value), null when there is none
 * @param sinceAtLeast the level held already at {@code since}, the earliest the console looked back to: it began
 *                     then or earlier, not at that instant
 */
public record ComponentStatus(String name, String group, HealthLevel level, Instant since, String detail,
                              boolean sinceAtLeast) {

    public ComponentStatus {
        Objects.requireNonNull(name);
        Objects.requireNonNull(level);
    }

    /** A status whose {@code since}, when there is one, is when the level began. */
    public ComponentStatus(String name, String group, HealthLevel level, Instant since, String detail) {
        this(name, group, level, since, detail, false);
    }
}
