package sitrep.domain;

/**
 * The state of an alert in the words of its source: Prometheus says pending or firing, Alertmanager
 * says active, suppressed (silenced or inhibited) or unprocessed.
 */
public enum AlertState {
    PENDING("pending"),
    FIRING("firing"),
    ACTIVE("active"),
    SUPPRESSED("suppressed"),
    UNPROCESSED("unprocessed");

    private final String code;

    AlertState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether a responder should see it as ringing now: firing in Prometheus, active in Alertmanager. */
    public boolean ringing() {
        return this == FIRING || this == ACTIVE;
    }
}
