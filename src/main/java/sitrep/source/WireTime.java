package sitrep.source;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Times in servers' answers, which are RFC 3339 in principle and vary in practice. */
public final class WireTime {

    private WireTime() {
    }

    /** An RFC 3339 time, or null when absent, empty or unparsable (sources differ; none is worth failing for). */
    public static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
