package sitrep.incident.command;

import java.util.Locale;

/** Where an incident stands in its lifecycle; reopened means it was resolved and is being worked again. */
public enum IncidentState {
    INVESTIGATING("investigating"),
    IDENTIFIED("identified"),
    MONITORING("monitoring"),
    RESOLVED("resolved"),
    REOPENED("reopened");

    private final String wireName;

    IncidentState(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case word used in the journal, on the command line and on screen. */
    public String wireName() {
        return wireName;
    }

    /** "Investigating": how a heading or a chip says it. */
    public String label() {
        return Character.toUpperCase(wireName.charAt(0)) + wireName.substring(1);
    }

    /**
     * @throws IllegalArgumentException naming the culprit and the accepted states
     */
    public static IncidentState parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (IncidentState s : values()) {
            if (s.wireName.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text
                + "'; use investigating, identified, monitoring, resolved or reopened");
    }
}
