package sitrep.panels.grafana;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grafana's global variables for one query, computed as Grafana computes them for Prometheus:
 * {@code $__interval} is the range over the panel's data points, rounded to a friendly interval and never
 * under the scrape interval (or the panel's min interval); {@code $__rate_interval} is
 * max({@code $__interval} + scrape interval, 4 x scrape interval), so a rate always spans four scrapes.
 */
public record BuiltInVariables(long intervalMs, long rateIntervalMs, long rangeMs, long scrapeMs) {

    /** Grafana's default scrape interval for a Prometheus datasource that does not set one. */
    public static final Duration DEFAULT_SCRAPE = Duration.ofSeconds(15);

    /**
     * @param range the time range in view
     * @param maxDataPoints how many points the panel wants: Grafana uses the panel's width in pixels
     * @param scrape the datasource's scrape interval
     * @param minInterval the panel's own lower limit ("Min interval"), or null
     */
    public static BuiltInVariables of(Duration range, int maxDataPoints, Duration scrape, Duration minInterval) {
        long rangeMs = range.toMillis();
        long scrapeMs = Math.max(1, scrape.toMillis());
        long lower = minInterval == null ? scrapeMs : minInterval.toMillis();
        long interval = Math.max(lower, GrafanaDurations.round(rangeMs / Math.max(1, maxDataPoints)));
        long rate = Math.max(interval + scrapeMs, 4 * scrapeMs);
        return new BuiltInVariables(interval, rate, rangeMs, scrapeMs);
    }

    /**
     * The same for a panel with its own "Min interval" ({@code 1m}, {@code >30s}): that becomes the lower
     * limit instead of the scrape interval. An unreadable one changes nothing.
     */
    public BuiltInVariables withMinInterval(String minInterval) {
        Duration min = minInterval == null ? null : GrafanaDurations.parse(minInterval);
        if (min == null || min.toMillis() <= intervalMs) {
            return this;
        }
        long interval = min.toMillis();
        return new BuiltInVariables(interval, Math.max(interval + scrapeMs, 4 * scrapeMs), rangeMs, scrapeMs);
    }

    /** Name (without $) to the text substituted. */
    public Map<String, String> values() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("__interval", GrafanaDurations.format(intervalMs));
        m.put("__interval_ms", Long.toString(intervalMs));
        m.put("__rate_interval", GrafanaDurations.format(rateIntervalMs));
        m.put("__rate_interval_ms", Long.toString(rateIntervalMs));
        // Grafana rounds the range to whole seconds for $__range and $__range_s.
        long seconds = Math.round(rangeMs / 1000.0);
        m.put("__range", seconds + "s");
        m.put("__range_s", Long.toString(seconds));
        m.put("__range_ms", Long.toString(rangeMs));
        return m;
    }
}
