package sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import sitrep.source.CannedHttp;
import sitrep.source.HttpFetcher;
import sitrep.source.SourceError;
import sitrep.source.alertmanager.AlertFilter;
import sitrep.source.alertmanager.AlertmanagerClient;
import sitrep.source.alertmanager.AlertmanagerSource;
import sitrep.source.prometheus.PrometheusClient;
import sitrep.source.prometheus.PrometheusSource;
import sitrep.source.status.StatusApiSource;

/**
 * Every parser of a server's answer: the Prometheus envelope and each kind of query data, Alertmanager, and
 * the status formats (Statuspage, Actuator, health+json, plain HTTP). The first byte picks the status code
 * and media type. The only failure a parser may report is {@link SourceError}; anything else thrown is a
 * finding. One fuzz test per class: Jazzer fuzzes a single test per JVM.
 */
class SourceFuzzTest {

    private static final Instant T = Instant.parse("2023-06-10T14:00:00Z");

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void everySourceParserFailsOnlyWithASourceError(byte[] data) {
        HttpFetcher fetcher = CannedHttp.answering(data);
        PrometheusClient prom = new PrometheusClient(fetcher, CannedHttp.config());
        AlertmanagerClient am = new AlertmanagerClient(fetcher, CannedHttp.config());
        expectOnlySourceError(() -> prom.query("up", T));
        expectOnlySourceError(() -> prom.queryRange("up", T, T.plusSeconds(600), Duration.ofSeconds(15)));
        expectOnlySourceError(prom::alerts);
        expectOnlySourceError(prom::targets);
        expectOnlySourceError(prom::buildInfo);
        expectOnlySourceError(() -> new PrometheusSource(prom, java.util.List.of("x"), Clock.systemUTC()).poll());
        expectOnlySourceError(() -> am.alerts(AlertFilter.all()));
        expectOnlySourceError(am::status);
        expectOnlySourceError(() -> new AlertmanagerSource(am, Clock.systemUTC()).poll());
        expectOnlySourceError(() -> new StatusApiSource(fetcher, CannedHttp.config(), Clock.systemUTC()).poll());
    }

    interface Call {
        Object run() throws SourceError;
    }

    private static void expectOnlySourceError(Call call) {
        try {
            call.run();
        } catch (SourceError expected) {
            if (expected.reason() == null || expected.reason().isBlank() || expected.reason().contains("\n")) {
                throw new AssertionError("a source error must be one non-empty line: " + expected.reason());
            }
        }
    }
}
