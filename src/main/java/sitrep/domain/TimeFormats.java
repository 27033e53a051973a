package sitrep.domain;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The project's one set of time formatters, so a time reads the same in the console, the command line, the
 * exports and the logs. They format in whatever zone the temporal carries (an incident's zone, as a rule);
 * none of them knows a zone itself. Reading typed times is {@link WallClock}'s job.
 */
public final class TimeFormats {

    /** 14:05:09: a moment on the incident's clock. */
    public static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    /** 14:05: a time where seconds are noise (axes, spans, stakeholder updates). */
    public static final DateTimeFormatter CLOCK_MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** 2023-06-10 14:05:09. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    /** 2023-06-10 14:05: also what the postmortem form and the custom range read back. */
    public static final DateTimeFormatter DATE_TIME_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm",
            Locale.ROOT);
    /** Jun 10 14:05: a time whose day matters but whose year does not. */
    public static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH);
    /** 20230610-140509: a name that sorts by time (drill folders). */
    public static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT);

    private TimeFormats() {
    }
}
