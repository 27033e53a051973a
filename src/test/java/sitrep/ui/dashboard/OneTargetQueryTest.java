package sitrep.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceSnapshot;
import sitrep.source.Fixtures;
import sitrep.source.MockServerTest;
import sitrep.source.SharedTargetQueries;
import sitrep.source.prometheus.PrometheusClient;
import sitrep.source.prometheus.PrometheusMetricSource;
import sitrep.source.prometheus.PrometheusSource;

/**
 * {@code up} and {@code probe_success} asked once for both consumers, the status poller and the dashboard,
 * counted at a scripted Prometheus speaking the real HTTP API.
 */
class OneTargetQueryTest extends MockServerTest {

    private static final Instant T = Instant.parse("2026-11-25T14:10:00Z");
    private static final String DB = "127.0.0.1:15433";

    /** Queries the server answered, as "instant:up" or "range:probe_success". */
    private final Map<String, Integer> asked = new ConcurrentHashMap<>();
    private final Clock clock = Clock.fixed(T, ZoneOffset.UTC);
    private SharedTargetQueries shared;
    private PrometheusSource poller;
    private DashboardFetch fetch;
    private final DashboardViewModel vm = new DashboardViewModel(List.of(), ZoneOffset.UTC);

    @BeforeEach
    void serve() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String path = r.getUrl().encodedPath();
                String body;
                if (path.endsWith("/status/buildinfo")) {
                    body = Fixtures.drill("prom_buildinfo.json");
                } else if (path.endsWith("/alerts")) {
                    body = Fixtures.drill("prom_alerts_baseline_empty.json");
                } else if (path.endsWith("/query_range")) {
                    String query = r.getUrl().encodedQuery();
                    Map<String, String> form = form(query != null ? query : r.getBody().utf8());
                    asked.merge("range:" + form.get("query"), 1, Integer::sum);
                    body = matrix(form.get("query"), seconds(form.get("start")), seconds(form.get("end")),
                            seconds(form.get("step")));
                } else {
                    String q = r.getUrl().queryParameter("query");
                    asked.merge("instant:" + q, 1, Integer::sum);
                    body = Fixtures.drill(q.equals("up") ? "prom_query_up_vector.json"
                            : "prom_query_probe_success_outage.json");
                }
                return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
            }
        });
        PrometheusClient client = new PrometheusClient(fetcher(), config());
        shared = new SharedTargetQueries(Duration.ofSeconds(5));
        poller = new PrometheusSource(client, List.of(), clock, shared);
        fetch = new DashboardFetch(new PrometheusMetricSource(client), clock, (e, s) -> { }, null, shared);
        vm.windowProperty().set(TimeWindow.LAST_15_MINUTES);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> out = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static long seconds(String s) {
        return Math.round(Double.parseDouble(s) * 1000);
    }

    /** The database's probe fails for the last three evaluations; every target is scraped. */
    private static String matrix(String query, long startMs, long endMs, long stepMs) {
        StringBuilder values = new StringBuilder();
        for (long t = startMs; t <= endMs; t += stepMs) {
            boolean failing = query.equals("probe_success") && t > endMs - 3 * stepMs;
            values.append(values.length() == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT,
                    "[%d.%03d,\"%s\"]", t / 1000, t % 1000, failing ? "0" : "1"));
        }
        String job = query.equals("probe_success") ? "db-tcp" : "api";
        String instance = query.equals("probe_success") ? DB : "api:8080";
        return "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"__name__\":\""
                + query + "\",\"job\":\"" + job + "\",\"instance\":\"" + instance + "\"},\"values\":[" + values
                + "]}]}}";
    }

    private Map<String, Integer> queries() {
        return new TreeMap<>(asked);
    }

    @Test
    void whileTheDashboardFollowsNowEachTargetQueryIsAskedOncePerPollForBothConsumers() throws Exception {
        // Before the dashboard follows now, each asks for itself, as before.
        poller.poll();
        fetch.run(vm.request(T));
        assertThat(queries()).containsOnly(Map.entry("instant:up", 1), Map.entry("instant:probe_success", 1),
                Map.entry("range:up", 1), Map.entry("range:probe_success", 1));
        asked.clear();

        SourceSnapshot polled = poller.poll();
        DashboardFrame refreshed = fetch.run(vm.request(T));

        assertThat(queries()).containsOnly(Map.entry("range:up", 1), Map.entry("range:probe_success", 1));
        assertThat(polled.components()).filteredOn(c -> c.name().equals("db-tcp/" + DB)).singleElement()
                .extracting(ComponentStatus::level).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(polled.components()).filteredOn(c -> c.name().equals("api/api:8080")).singleElement()
                .extracting(ComponentStatus::level).isEqualTo(HealthLevel.OPERATIONAL);
        assertThat(refreshed.connectivity()).extracting(ConnectivityRow::name)
                .containsExactly("db-tcp " + DB, "api api:8080");
        assertThat(refreshed.connectivity().get(0).current()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(refreshed.connectivity().get(0).segments()).extracting(ConnectivityRow.Segment::level)
                .containsExactly(HealthLevel.OPERATIONAL, HealthLevel.MAJOR_OUTAGE);
    }

    @Test
    void aDashboardZoomedIntoThePastAsksForItselfAndThePollerAsksInstantQueries() throws Exception {
        fetch.run(vm.request(T));
        vm.zoomTo(T.minusSeconds(3600), T.minusSeconds(1800));
        fetch.run(vm.request(T));
        asked.clear();

        poller.poll();
        fetch.run(vm.request(T));

        assertThat(queries()).containsOnly(Map.entry("instant:up", 1), Map.entry("instant:probe_success", 1),
                Map.entry("range:up", 1), Map.entry("range:probe_success", 1));
    }
}
