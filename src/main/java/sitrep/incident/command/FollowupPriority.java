package sitrep.incident.command;

import java.util.Locale;
import java.util.Optional;

/** A follow-up's priority, named as Jira names its default priorities so the CSV imports without mapping. */
public enum FollowupPriority {
    HIGHEST("Highest"),
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low"),
    LOWEST("Lowest");

    private final String label;

    FollowupPriority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a {@code !tag} without the '!': highest/p0/critical, high/p1, medium/p2, low/p3, lowest/p4. */
    public static Optional<FollowupPriority> fromTag(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (t) {
            case "highest", "p0", "critical", "urgent" -> HIGHEST;
            case "high", "p1" -> HIGH;
            case "medium", "p2", "normal" -> MEDIUM;
            case "low", "p3" -> LOW;
            case "lowest", "p4" -> LOWEST;
            default -> null;
        });
    }

    /**
     * @throws IllegalArgumentException naming the culprit and the accepted priorities
     */
    public static FollowupPriority parse(String text) {
        return fromTag(text).orElseThrow(() -> new IllegalArgumentException("unknown priority '" + text
                + "'; use highest, high, medium, low or lowest (or p0 to p4)"));
    }
}
