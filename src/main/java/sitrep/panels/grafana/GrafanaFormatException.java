package sitrep.panels.grafana;

/** A file that is not a Grafana dashboard Sitrep can read; the message is one line for the user. */
public final class GrafanaFormatException extends Exception {
    public GrafanaFormatException(String message) {
        super(message);
    }
}
