package sitrep.incident.command;

import java.util.Locale;

/** The moments response metrics are measured between, in the order they should happen. */
public enum Milestone {
    STARTED, DETECTED, ACKNOWLEDGED, IDENTIFIED, MITIGATED, RESOLVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The incident field ({@code incident.set}) holding an edited time: {@code milestone.detected}. */
    public String field() {
        return "milestone." + wireName();
    }

    /**
     * @throws IllegalArgumentException naming the culprit and the accepted milestones
     */
    public static Milestone parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Milestone m : values()) {
            if (m.wireName().equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown milestone '" + text + "'; use started, detected, acknowledged,"
                + " identified, mitigated or resolved");
    }
}
