package sitrep.domain;

import java.util.Locale;
import java.util.Map;

/**
 * The one table of alert severity labels as Prometheus rules and Alertmanager write them: how alerts sort
 * (the status board, the now strip) and what a ringing alert of each says about what it watches. Labels are
 * free text; one not listed ranks lowest and means a degradation.
 */
public final class AlertSeverity {

    /** The rank used to sort (higher is worse) and whether a ringing alert of this severity is a major outage. */
    private record Row(int rank, boolean outage) {
    }

    /** The rank of the worst labels (emergency, page, critical): shown in the alarm colour. */
    public static final int WORST = 4;

    private static final Map<String, Row> TABLE = Map.ofEntries(
            Map.entry("emergency", new Row(WORST, true)),
            Map.entry("page", new Row(WORST, true)),
            Map.entry("critical", new Row(WORST, true)),
            Map.entry("error", new Row(3, true)),
            Map.entry("major", new Row(3, false)),
            Map.entry("warning", new Row(2, false)),
            Map.entry("warn", new Row(2, false)),
            Map.entry("info", new Row(1, false)),
            Map.entry("informational", new Row(1, false)),
            Map.entry("minor", new Row(1, false)));
    private static final Row UNLISTED = new Row(0, false);

    private AlertSeverity() {
    }

    /** 4 for emergency, page and critical, 3 for error and major, 2 for warning, 1 for info and minor, else 0. */
    public static int rank(String severity) {
        return row(severity).rank();
    }

    /** Whether a ringing alert of this severity makes what it watches a major outage (critical, page, error, emergency). */
    public static boolean meansOutage(String severity) {
        return row(severity).outage();
    }

    private static Row row(String severity) {
        return severity == null ? UNLISTED : TABLE.getOrDefault(severity.toLowerCase(Locale.ROOT), UNLISTED);
    }
}
