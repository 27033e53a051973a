package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sitrep.source.SourceError;

/**
 * Real public dashboards imported against the real Prometheus of the loopback stack: every resulting
 * query is accepted (no {@code bad_data}; the dashboards' metrics are mostly absent, so empty answers are
 * fine), and query variables are resolved by that server.
 */
class GrafanaImportIT {

    @TempDir
    static Path dir;

    private static LoopbackStack stack;
    private final InProcessCli cli = new InProcessCli();

    @BeforeAll
    static void startStack() throws Exception {
        stack = LoopbackStack.start(Files.createDirectories(dir.resolve("stack")));
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    private JsonObject importJson(Path file, String... extra) {
        List<String> args = new ArrayList<>(List.of("panels", "import", file.toString(), "--json", "--prometheus",
                stack.promUrl(), "--scrape-interval", "1s", "--config", dir.resolve("settings.json").toString()));
        args.addAll(List.of(extra));
        int exit = cli.run(args.toArray(String[]::new));
        assertThat(exit).as(cli.err()).isZero();
        return JsonParser.parseString(cli.out()).getAsJsonObject();
    }

    @ParameterizedTest
    @ValueSource(strings = {"node-exporter-full-old-rows.json", "node-exporter-full.json",
        "cloudnative-pg-shared-export.json"})
    void everyImportedQueryIsValidPromQl(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/grafana/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        JsonObject out = importJson(file);
        Instant now = Instant.now();
        List<String> rejected = new ArrayList<>();
        int queries = 0;
        for (JsonElement p : out.getAsJsonArray("panels")) {
            for (JsonElement e : p.getAsJsonObject().getAsJsonArray("expressions")) {
                queries++;
                try {
                    stack.prometheus().queryRange(e.getAsString(), now.minus(Duration.ofMinutes(5)), now,
                            Duration.ofSeconds(15));
                } catch (SourceError err) {
                    rejected.add(p.getAsJsonObject().get("title").getAsString() + ": " + err.detail() + "\n    "
                            + e.getAsString());
                }
            }
        }
        assertThat(queries).isGreaterThan(50);
        assertThat(rejected).as("queries Prometheus rejected").isEmpty();
    }

    @Test
    void queryVariablesAreResolvedByTheLiveServer() throws Exception {
        Path file = Files.writeString(dir.resolve("stack.json"), """
                {"title": "Stack", "panels": [
                  {"id": 1, "type": "timeseries", "title": "Up by $job",
                   "datasource": {"type": "prometheus", "uid": "${DS_PROMETHEUS}"},
                   "fieldConfig": {"defaults": {"unit": "short", "min": 0}},
                   "targets": [{"expr": "up{job=~\\"$job\\", instance=~\\"$instance\\"}", "legendFormat": "{{job}}"}]},
                  {"id": 2, "type": "timeseries", "title": "HTTP requests",
                   "targets": [{"expr": "sum by (handler) (rate(prometheus_http_requests_total{job=\\"$single\\"}[$__rate_interval]))"}]}
                ],
                "templating": {"list": [
                  {"name": "job", "type": "query", "query": {"query": "label_values(up, job)"}, "multi": true,
                   "includeAll": true, "current": {"value": ["$__all"]}, "sort": 1},
                  {"name": "instance", "type": "query", "query": "label_values(up{job=~\\"$job\\"}, instance)",
                   "includeAll": true, "allValue": ".+", "current": {"value": "$__all"}},
                  {"name": "single", "type": "query", "query": "query_result(up{job=\\"prometheus\\"})",
                   "regex": "/job=\\"([^\\"]+)\\"/"}
                ]}}
                """);
        JsonObject out = importJson(file);
        JsonObject job = out.getAsJsonArray("variables").get(0).getAsJsonObject();
        assertThat(job.getAsJsonArray("values").toString())
                .isEqualTo("[\"alertmanager\",\"blackbox\",\"db-tcp\",\"prometheus\"]");
        assertThat(out.getAsJsonArray("variables").get(2).getAsJsonObject().getAsJsonArray("values").toString())
                .isEqualTo("[\"prometheus\"]");
        String up = out.getAsJsonArray("panels").get(0).getAsJsonObject().getAsJsonArray("expressions")
                .get(0).getAsString();
        assertThat(up).isEqualTo("up{job=~\"(alertmanager|blackbox|db-tcp|prometheus)\", instance=~\".+\"}");
        assertThat(stack.values(up)).hasSize(4);
        String rate = out.getAsJsonArray("panels").get(1).getAsJsonObject().getAsJsonArray("expressions")
                .get(0).getAsString();
        // 1 h over 1,000 points is 3.6 s, rounded to 5 s; with 1 s scrapes the rate spans max(5+1, 4x1) = 6 s
        assertThat(rate).isEqualTo("sum by (handler) (rate(prometheus_http_requests_total{job=\"prometheus\"}[6s]))");
        Instant now = Instant.now();
        assertThat(stack.prometheus().queryRange(rate, now.minusSeconds(60), now, Duration.ofSeconds(5)).value()
                .series()).isNotEmpty();

        JsonObject one = importJson(file, "--var", "job=blackbox");
        assertThat(one.getAsJsonArray("panels").get(0).getAsJsonObject().get("title").getAsString())
                .isEqualTo("Up by blackbox");
        assertThat(stack.values(one.getAsJsonArray("panels").get(0).getAsJsonObject().getAsJsonArray("expressions")
                .get(0).getAsString())).hasSize(1);
    }
}
