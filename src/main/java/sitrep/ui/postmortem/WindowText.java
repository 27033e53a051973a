package sitrep.ui.postmortem;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import sitrep.domain.TimeFormats;

/** The incident window's ends as typed in the form: "yyyy-MM-dd HH:mm" in the incident's zone, blank for open. */
final class WindowText {

    static final String PATTERN = "yyyy-MM-dd HH:mm";
    private static final DateTimeFormatter FORMAT = TimeFormats.DATE_TIME_MINUTES;

    private WindowText() {
    }

    static String format(Optional<Instant> at, ZoneId zone) {
        return at.map(i -> FORMAT.format(i.atZone(zone))).orElse("");
    }

    /** @throws IllegalArgumentException naming which end does not read and the expected form */
    static Optional<Instant> parse(String text, ZoneId zone, String which) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), FORMAT).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the " + which + " '" + text.strip() + "' is not " + PATTERN);
        }
    }
}
