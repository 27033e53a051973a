package sitrep.domain;

import java.time.Instant;
import java.util.List;

/**
 * An open incident or a scheduled maintenance announced by a status page.
 *
 * @param status the page's own word (investigating, identified, monitoring, scheduled, in_progress ...)
 * @param impact none, minor, major, critical or maintenance, as the page says
 */
public record StatusIncident(String name, String status, String impact, boolean maintenance, Instant startedAt,
                             List<Update> updates) {

    public StatusIncident {
        updates = List.copyOf(updates);
    }

    /** One posted update, newest first as the page lists them. */
    public record Update(String status, String body, Instant at) {
    }
}
