package sitrep.domain;

import java.util.Collection;

/**
 * One scale for every kind of source: a Statuspage component, an actuator indicator, a probe or a whole
 * server. The declaration order is the order of severity used by {@link #worst}: UNKNOWN ranks above
 * maintenance but below degraded, so a component nobody can vouch for is never reported as healthy, yet
 * never hides a real outage either.
 */
public enum HealthLevel {
    OPERATIONAL("operational", "Operational"),
    MAINTENANCE("maintenance", "Maintenance"),
    UNKNOWN("unknown", "Unknown"),
    DEGRADED("degraded", "Degraded"),
    PARTIAL_OUTAGE("partial_outage", "Partial outage"),
    MAJOR_OUTAGE("major_outage", "Major outage");

    private final String code;
    private final String label;

    HealthLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The stable machine name, as written in {@code sitrep check --json}. */
    public String code() {
        return code;
    }

    /** The name shown to people. */
    public String label() {
        return label;
    }

    public HealthLevel worst(HealthLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The worst of the given levels; OPERATIONAL for none. */
    public static HealthLevel worstOf(Collection<HealthLevel> levels) {
        HealthLevel w = OPERATIONAL;
        for (HealthLevel l : levels) {
            w = w.worst(l);
        }
        return w;
    }
}
