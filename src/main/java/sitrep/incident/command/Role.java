package sitrep.incident.command;

import java.util.Locale;

/** The incident roles. Every role but {@link #SME} has one holder at a time; any number of SMEs may join. */
public enum Role {
    COMMANDER("commander", "command", "Incident commander"),
    DEPUTY("deputy", "deputy", "Deputy"),
    SCRIBE("scribe", "scribe", "Scribe"),
    COMMUNICATIONS("communications", "communications", "Communications"),
    OPERATIONS("operations", "operations lead", "Operations lead"),
    SME("sme", "subject-matter expert", "Subject-matter expert");

    private final String wireName;
    private final String duty;
    private final String label;

    Role(String wireName, String duty, String label) {
        this.wireName = wireName;
        this.duty = duty;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    /** What is handed over, as in "alice hands command to bob". */
    public String duty() {
        return duty;
    }

    public String label() {
        return label;
    }

    /**
     * Reads the wire name, the enum name and common spellings (ic, lead, comms, ops, expert).
     *
     * @throws IllegalArgumentException naming the culprit and the accepted roles
     */
    public static Role parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (t) {
            case "commander", "ic", "incident-commander", "command" -> COMMANDER;
            case "deputy", "deputy-commander" -> DEPUTY;
            case "scribe" -> SCRIBE;
            case "communications", "comms", "communication" -> COMMUNICATIONS;
            case "operations", "operations-lead", "ops", "ops-lead" -> OPERATIONS;
            case "sme", "expert", "subject-matter-expert" -> SME;
            default -> throw new IllegalArgumentException("unknown role '" + text + "'; use commander, deputy,"
                    + " scribe, communications, operations or sme");
        };
    }
}
