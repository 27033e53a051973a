package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.source.Fixtures;

class CheckCommandTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final InProcessCli cli = new InProcessCli();

    /** Serves the drill's captured answers for one phase, keyed by path and query. */
    private void serve(Map<String, String> fixtures) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String key = r.getUrl().encodedPath();
                String q = r.getUrl().queryParameter("query");
                String name = fixtures.get(q == null ? key : key + "?" + q);
                if (name == null) {
                    return new MockResponse.Builder().code(404).body("404 page not found").build();
                }
                return new MockResponse.Builder().setHeader("Content-Type", "application/json")
                        .body(Fixtures.drill(name)).build();
            }
        });
    }

    private String url() {
        return server.url("/").toString();
    }

    @Test
    void healthyStackExitsZero() {
        serve(Map.of("/api/v1/status/buildinfo", "prom_buildinfo.json",
                "/api/v1/query?up", "prom_query_up_vector.json",
                "/api/v1/query?probe_success", "prom_query_probe_success_baseline.json",
                "/api/v1/alerts", "prom_alerts_baseline_empty.json"));
        assertThat(cli.run("check", "--prometheus", url())).as(cli.out()).isZero();
        assertThat(cli.out().lines().findFirst().orElseThrow())
                .matches("SOURCE +KIND +REACHABLE +LATENCY +VERSION +LEVEL +COMPONENTS +FIRING");
        assertThat(cli.out()).contains("prometheus  yes").contains("2.42.0+ds  operational  7/7 ok");
    }

    @Test
    void outageNamesTheProbeAndTheAlertAndExitsOne() {
        serve(Map.of("/api/v1/status/buildinfo", "prom_buildinfo.json",
                "/api/v1/query?up", "prom_query_up_vector.json",
                "/api/v1/query?probe_success", "prom_query_probe_success_outage.json",
                "/api/v1/alerts", "prom_alerts_outage.json",
                "/api/v1/query?pg_up", "prom_query_pg_up_outage.json"));
        assertThat(cli.run("check", "--prometheus", url(), "--json", "--query", "pg_up")).isEqualTo(1);
        JsonObject src = JsonParser.parseString(cli.out()).getAsJsonObject()
                .getAsJsonArray("sources").get(0).getAsJsonObject();
        assertThat(src.get("kind").getAsString()).isEqualTo("prometheus");
        assertThat(src.get("reachable").getAsBoolean()).isTrue();
        assertThat(src.get("level").getAsString()).isEqualTo("major_outage");
        assertThat(src.get("error").isJsonNull()).isTrue();
        assertThat(src.get("latency_ms").getAsLong()).isNotNegative();
        assertThat(src.getAsJsonArray("components").toString())
                .contains("{\"name\":\"db-tcp/127.0.0.1:15433\",\"level\":\"major_outage\"");
        assertThat(src.getAsJsonArray("alerts").get(0).toString())
                .contains("\"name\":\"DatabaseUnreachable\",\"state\":\"firing\",\"severity\":\"critical\"");
        assertThat(src.getAsJsonArray("series").get(0).getAsJsonObject().get("labels").getAsJsonObject()
                .get("__name__").getAsString()).isEqualTo("pg_up");
    }

    @Test
    void unreachableSourceIsReportedWithItsReason() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(cli.run("check", "--status", "http://127.0.0.1:" + port + "/api/v2/summary.json")).isEqualTo(1);
        assertThat(cli.out()).contains("    error: http://127.0.0.1:" + port
                + "/api/v2/summary.json: connection refused");
    }

    @Test
    void noSourceAnywhereIsAUsageError(@TempDir Path tmp) {
        assertThat(cli.run("check", "--config", tmp.resolve("none.json").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("no source to check").contains("Usage: sitrep check");
    }

    @Test
    void savedSourcesAreUsedWhenNoneIsGiven(@TempDir Path tmp) throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(Fixtures.drill("health_actuator_up.json")).build());
        Path settings = tmp.resolve("settings.json");
        Files.writeString(settings, "{\"statusUrls\":[\"" + url() + "actuator/health\"]}");
        assertThat(cli.run("check", "--config", settings.toString(), "--json")).isZero();
        assertThat(cli.out()).contains("\"kind\":\"actuator\"").contains("\"level\":\"operational\"");
    }

    @Test
    void badUrlIsAUsageError() {
        assertThat(cli.run("check", "--prometheus", "localhost:9090")).isEqualTo(2);
        assertThat(cli.err()).contains("localhost:9090").contains("Usage: sitrep check");
    }
}
