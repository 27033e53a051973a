package sitrep.panels.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * $__interval is the range over the data points, rounded the way Grafana rounds it and never under the
 * scrape interval; $__rate_interval is max($__interval + scrape, 4 x scrape) (Grafana's Prometheus docs).
 */
class BuiltInVariablesTest {

    @ParameterizedTest(name = "{0} over {1} points, scrape {2}")
    @CsvSource({
        // range, points, scrape, interval, interval_ms, rate_interval, range, range_s
        "PT1H, 1000, PT15S, 15s, 15000, 1m, 3600s, 3600",
        "PT1H, 1000, PT1S, 5s, 5000, 6s, 3600s, 3600",
        "PT6H, 1000, PT15S, 20s, 20000, 1m, 21600s, 21600",
        "PT24H, 1000, PT15S, 1m, 60000, 75s, 86400s, 86400",
        "PT15M, 300, PT30S, 30s, 30000, 2m, 900s, 900",
        "PT168H, 800, PT15S, 15m, 900000, 915s, 604800s, 604800",
    })
    void asGrafanaComputesThem(Duration range, int points, Duration scrape, String interval, String intervalMs,
                               String rate, String rangeText, String rangeS) {
        var v = BuiltInVariables.of(range, points, scrape, null).values();
        assertThat(v.get("__interval")).isEqualTo(interval);
        assertThat(v.get("__interval_ms")).isEqualTo(intervalMs);
        assertThat(v.get("__rate_interval")).isEqualTo(rate);
        assertThat(v.get("__range")).isEqualTo(rangeText);
        assertThat(v.get("__range_s")).isEqualTo(rangeS);
    }

    @org.junit.jupiter.api.Test
    void aPanelsMinIntervalIsTheLowerLimit() {
        var v = BuiltInVariables.of(Duration.ofHours(1), 1000, Duration.ofSeconds(15), Duration.ofMinutes(1));
        assertThat(v.values().get("__interval")).isEqualTo("1m");
        assertThat(v.values().get("__rate_interval")).isEqualTo("75s");
    }
}
