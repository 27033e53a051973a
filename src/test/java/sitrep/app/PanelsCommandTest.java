package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import sitrep.panels.grafana.PanelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep panels import|export} as a shell runs them, on real public dashboards. */
class PanelsCommandTest {

    @TempDir
    Path dir;

    @StartStop
    private final MockWebServer grafana = new MockWebServer();
    private final InProcessCli cli = new InProcessCli();

    private Path dashboard(String name) throws Exception {
        Path f = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/grafana/" + name)) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    private Path config() {
        return dir.resolve("settings.json");
    }

    @Test
    void importPrintsTheDocumentedJsonAndSavesANamedPanelSet() throws Exception {
        Path file = dashboard("node-exporter-full.json");
        int exit = cli.run("panels", "import", file.toString(), "--json", "--name", "Nodes", "--config",
                config().toString(), "--var", "job=node", "--var", "node=host:9100");
        assertThat(exit).as(cli.err()).isZero();
        JsonObject out = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertThat(out.get("name").getAsString()).isEqualTo("Nodes");
        JsonArray panels = out.getAsJsonArray("panels");
        assertThat(panels).hasSize(125);
        JsonObject first = panels.get(0).getAsJsonObject();
        assertThat(first.keySet()).contains("title", "expressions", "legends", "unit");
        assertThat(first.get("title").getAsString()).isEqualTo("Pressure");
        assertThat(first.getAsJsonArray("expressions").get(0).getAsString())
                .isEqualTo("rate(node_pressure_cpu_waiting_seconds_total{instance=\"host:9100\",job=\"node\"}[1m])");
        assertThat(first.getAsJsonArray("legends").get(0).getAsString()).isEqualTo("CPU");
        assertThat(first.get("unit").getAsString()).isEqualTo("percentunit");
        assertThat(out.getAsJsonArray("skipped")).isEmpty();
        JsonObject job = out.getAsJsonArray("variables").get(1).getAsJsonObject();
        assertThat(job.get("name").getAsString()).isEqualTo("job");
        assertThat(job.get("type").getAsString()).isEqualTo("query");
        assertThat(job.getAsJsonArray("current").get(0).getAsString()).isEqualTo("node");
        assertThat(job.has("values")).isTrue();

        Settings saved = new SettingsStore(config()).load().settings();
        assertThat(saved.panelSets()).extracting(s -> s.name()).containsExactly("Nodes");
        assertThat(saved.panelSets().get(0).selection().get("job")).containsExactly("node");
        assertThat(saved.panels()).as("the default set is left alone").isEqualTo(saved.defaultPanels());
    }

    @Test
    void anotherDashboardOfTheSameTitleGetsItsOwnSetAndTheSameOneAgainReplacesItsEarlierImport() throws Exception {
        Path teamA = config().resolveSibling("team-a.json");
        Path teamB = config().resolveSibling("team-b.json");
        Files.writeString(teamA, "{\"uid\": \"team-a\", \"title\": \"Overview\", \"panels\": [{\"type\": \"timeseries\","
                + " \"title\": \"A\", \"targets\": [{\"expr\": \"up\"}]}]}");
        Files.writeString(teamB, Files.readString(teamA).replace("team-a", "team-b").replace("\"A\"", "\"B\""));

        assertThat(cli.run("panels", "import", teamA.toString(), "--config", config().toString())).isZero();
        assertThat(cli.run("panels", "import", teamB.toString(), "--config", config().toString())).isZero();
        assertThat(cli.out()).contains("as panel set \"Overview (2)\"");
        assertThat(cli.run("panels", "import", teamA.toString(), "--config", config().toString())).isZero();
        assertThat(cli.err()).contains("replaced the panel set \"Overview\" imported before");

        Settings saved = new SettingsStore(config()).load().settings();
        assertThat(saved.panelSets()).extracting(PanelSet::name).containsExactlyInAnyOrder("Overview (2)", "Overview");
    }

    @Test
    void aChartThatLeftSomeQueriesOutIsCountedAsAChartAndListedInPart() throws Exception {
        Path mixed = config().resolveSibling("mixed.json");
        Files.writeString(mixed, "{\"title\": \"Mixed\", \"panels\": [{\"type\": \"timeseries\", \"title\": \"Both\","
                + " \"datasource\": {\"type\": \"datasource\", \"uid\": \"-- Mixed --\"}, \"targets\": ["
                + "{\"datasource\": {\"type\": \"prometheus\", \"uid\": \"p\"}, \"expr\": \"up\"},"
                + "{\"datasource\": {\"type\": \"loki\", \"uid\": \"l\"}, \"expr\": \"{app=\\\"x\\\"}\"}]}]}");

        assertThat(cli.run("panels", "import", mixed.toString(), "--config", config().toString())).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Imported \"Mixed\" as panel set \"Mixed\": 1 chart (1 without some of their"
                + " queries), 0 skipped.").contains("  in part  Both: 1 of 2 queries left out (Loki)");
    }

    @Test
    void aVarTheDashboardDoesNotHaveIsSaid() throws Exception {
        assertThat(cli.run("panels", "import", dashboard("node-exporter-full.json").toString(), "--config",
                config().toString(), "--var", "jobb=node")).as(cli.err()).isZero();
        assertThat(cli.err()).contains("sitrep: --var jobb: the dashboard has no variable of that name (it has ")
                .contains("job");
    }

    @Test
    void textListsChartsSkippedPanelsAndVariables() throws Exception {
        assertThat(cli.run("panels", "import", dashboard("cloudnative-pg-shared-export.json").toString(),
                "--config", config().toString())).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Imported \"CloudNativePG\" as panel set \"CloudNativePG\": 75 charts, 28 skipped.")
                .contains("  skipped  Alerts: alert list: see Sitrep's own alert list")
                .contains("  variable instances = All");
    }

    @Test
    void fromAGrafanaServerWithTheSavedTokenThroughTheApi() throws Exception {
        String body = "{\"meta\": {\"slug\": \"nodes\"}, \"dashboard\": "
                + Files.readString(dashboard("node-exporter-full-old-rows.json")) + "}";
        grafana.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build());
        String base = grafana.url("/grafana").toString();
        Files.writeString(config(), "{\"sourceOptions\": {\"" + base + "\": {\"bearerToken\": \"s3cret\","
                + " \"headers\": {\"X-Org\": \"team-a\"}}}}");
        int exit = cli.run("panels", "import", base + "/d/abc123/node-exporter?orgId=1", "--config",
                config().toString());
        assertThat(exit).as(cli.err()).isZero();
        RecordedRequest r = grafana.takeRequest();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/grafana/api/dashboards/uid/abc123");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer s3cret");
        assertThat(r.getHeaders().get("X-Org")).isEqualTo("team-a");
        Settings saved = new SettingsStore(config()).load().settings();
        assertThat(saved.panelSets().get(0).grafanaUrl()).isEqualTo(base);
        assertThat(saved.panelSets().get(0).dashboard().panels()).hasSize(172);
        assertThat(cli.out()).doesNotContain("s3cret");
    }

    @Test
    void everyBadInputIsOneLine() throws Exception {
        assertThat(cli.run("panels", "import", dir.resolve("nope.json").toString(), "--config", config().toString()))
                .isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("sitrep: cannot read " + dir.resolve("nope.json") + ": no such file");

        Path notJson = Files.writeString(dir.resolve("x.json"), "{\"panels\": [");
        assertThat(cli.run("panels", "import", notJson.toString(), "--config", config().toString())).isEqualTo(1);
        assertThat(cli.err().strip()).startsWith("sitrep: " + notJson + ": not valid JSON").doesNotContain("\n");

        grafana.enqueue(new MockResponse.Builder().code(401).body("{\"message\":\"Unauthorized\"}").build());
        assertThat(cli.run("panels", "import", grafana.url("/api/dashboards/uid/x").toString(), "--config",
                config().toString())).isEqualTo(1);
        assertThat(cli.err().strip()).startsWith("sitrep: ").doesNotContain("\n").doesNotContain("Exception");

        assertThat(cli.run("panels", "import", notJson.toString(), "--var", "job")).isEqualTo(2);
        assertThat(cli.err()).startsWith("sitrep: --var 'job' is not NAME=VALUE");
        assertThat(cli.run("panels", "import", "https://grafana.example/dashboards", "--config",
                config().toString())).isEqualTo(2);
        assertThat(cli.err()).contains("is not a Grafana dashboard URL");
        assertThat(new SettingsStore(config()).load().settings().panelSets()).isEmpty();
    }

    @Test
    void exportWritesADashboardThatImportsBackTheSame() throws Exception {
        Path file = dashboard("node-exporter-full-old-rows.json");
        assertThat(cli.run("panels", "import", file.toString(), "--name", "old", "--json", "--config",
                config().toString(), "--var", "job=node", "--var", "node=h", "--var", "port=9100")).isZero();
        JsonObject before = JsonParser.parseString(cli.out()).getAsJsonObject();
        Path exported = dir.resolve("exported.json");
        assertThat(cli.run("panels", "export", "--format", "grafana", "--set", "old", "--out", exported.toString(),
                "--config", config().toString())).as(cli.err()).isZero();
        assertThat(cli.run("panels", "export", "--format", "grafana", "--set", "old", "--out", exported.toString(),
                "--config", config().toString())).isEqualTo(1);
        assertThat(cli.err()).contains("exists; use --force");

        assertThat(cli.run("panels", "import", exported.toString(), "--name", "again", "--json", "--config",
                config().toString(), "--var", "job=node", "--var", "node=h", "--var", "port=9100")).isZero();
        JsonObject after = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray a = before.getAsJsonArray("panels");
        JsonArray b = after.getAsJsonArray("panels");
        assertThat(b).hasSize(a.size());
        for (int i = 0; i < a.size(); i++) {
            JsonObject x = a.get(i).getAsJsonObject();
            JsonObject y = b.get(i).getAsJsonObject();
            assertThat(y.get("title")).isEqualTo(x.get("title"));
            assertThat(y.get("expressions")).isEqualTo(x.get("expressions"));
            assertThat(y.get("legends")).isEqualTo(x.get("legends"));
            assertThat(y.get("unitLabel")).as(x.get("title").getAsString()).isEqualTo(x.get("unitLabel"));
            assertThat(y.get("thresholds")).as(x.get("title").getAsString()).isEqualTo(x.get("thresholds"));
        }
        String json = Files.readString(exported, StandardCharsets.UTF_8);
        assertThat(json).contains("\"__inputs\"").contains("${DS_PROMETHEUS}").contains("\"templating\"");
    }

    @Test
    void exportingTheDefaultSetAndAnUnknownOne() throws Exception {
        assertThat(cli.run("panels", "export", "--format", "grafana", "--config", config().toString())).isZero();
        assertThat(cli.out()).contains("histogram_quantile(0.99");
        assertThat(cli.run("panels", "export", "--format", "grafana", "--set", "nope", "--config",
                config().toString())).isEqualTo(1);
        // The --config named here was never written: said once, then the export's own line.
        assertThat(cli.err().strip().lines()).containsExactly("sitrep: No settings file at " + config().toAbsolutePath()
                + " (given with --config); using default settings.", "sitrep: no panel set named 'nope'; there are: default");
        assertThat(cli.run("panels", "export", "--format", "csv", "--config", config().toString())).isEqualTo(2);
    }
}
