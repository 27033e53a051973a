package sitrep.source.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import sitrep.domain.SourceUrl;
import sitrep.source.Fixtures;
import sitrep.source.MockServerTest;
import sitrep.source.HttpFetcher;
import sitrep.source.MetricSource;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;

class PrometheusMetricSourceTest extends MockServerTest {


    private MetricSource source() {
        return new PrometheusMetricSource(new PrometheusClient(new HttpFetcher(clients),
                SourceConfig.of(SourceUrl.parse(server.url("/").toString()))));
    }

    @Test
    void rangeOfTheDrillsDatabaseProbeGoesOneZeroOne() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(Fixtures.drill("prom_query_range_db_probe_success.json")).build());

        MetricSource.Range r = source().range("probe_success{job=\"db-tcp\"}", Instant.ofEpochSecond(1795564595),
                Instant.ofEpochSecond(1795564660), Duration.ofSeconds(1));

        assertThat(r.series()).singleElement().satisfies(s -> {
            double[] v = s.values();
            assertThat(v[0]).isEqualTo(1.0);
            assertThat(v).contains(0.0);
            assertThat(v[v.length - 1]).isEqualTo(1.0);
        });
        assertThat(server.takeRequest().getTarget()).contains("query_range").contains("step=1");
    }

    @Test
    void badPromQlComesBackVerbatim() {
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                .body(Fixtures.drill("prom_error_bad_data_400.json")).build());

        SourceError e = catchThrowableOfType(SourceError.class, () -> source().range("rate(", Instant.EPOCH,
                Instant.EPOCH.plusSeconds(60), Duration.ofSeconds(1)));

        assertThat(e.apiErrorType()).isEqualTo("bad_data");
        assertThat(e.reason()).contains("parse error");
    }
}
