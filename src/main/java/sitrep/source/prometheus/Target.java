package sitrep.source.prometheus;

import java.time.Instant;
import java.util.Map;

/**
 * One active scrape target from /api/v1/targets.
 *
 * @param health up, down or unknown
 * @param lastError the last scrape error, empty when none
 */
public record Target(String job, String instance, String health, String lastError, Instant lastScrape,
                     Map<String, String> labels) {

    public Target {
        labels = Map.copyOf(labels);
    }
}
