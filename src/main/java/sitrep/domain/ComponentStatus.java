package sitrep.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the status grid.
 *
 * @param group the group or parent component, null when it stands alone
 * @param since when it last changed, null when the source does not say
 * @param detail a short explanation (an error, a measured value), null when there is none
 */
public record ComponentStatus(String name, String group, HealthLevel level, Instant since, String detail) {

    public ComponentStatus {
        Objects.requireNonNull(name);
        Objects.requireNonNull(level);
    }
}
