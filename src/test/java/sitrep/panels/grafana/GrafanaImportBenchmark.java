package sitrep.panels.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.bench.Bench;

/**
 * Importing a 200-panel dashboard: the real Node Exporter Full (125 panels, collapsed rows, 4 variables)
 * with its rows' panels repeated until there are 200, read from text and made ready to draw (variables
 * resolved from the saved values, every query substituted). The limit is 1 s.
 */
class GrafanaImportBenchmark {

    static String twoHundredPanels() throws Exception {
        JsonObject d = JsonParser.parseString(GrafanaDashboardsTest.resource("node-exporter-full.json"))
                .getAsJsonObject();
        JsonArray flat = new JsonArray();
        for (JsonElement p : d.getAsJsonArray("panels")) {
            JsonObject o = p.getAsJsonObject();
            if (o.has("panels")) {
                o.getAsJsonArray("panels").forEach(flat::add);
            }
            flat.add(o);
        }
        JsonArray out = new JsonArray();
        int rows = 0;
        for (int i = 0; out.size() - rows < 200; i++) {
            JsonObject copy = flat.get(i % flat.size()).getAsJsonObject().deepCopy();
            rows += "row".equals(copy.get("type").getAsString()) ? 1 : 0;
            copy.remove("panels");
            copy.addProperty("id", 1000 + i);
            out.add(copy);
        }
        d.add("panels", out);
        return d.toString();
    }

    @Test
    void importingTwoHundredPanels() throws Exception {
        String json = twoHundredPanels();
        ImportedDashboard check = DashboardReader.read(json);
        assertThat(check.panels().size() + check.skipped().size()).isEqualTo(200);
        Map<String, List<String>> chosen = Map.of("job", List.of("node"), "node", List.of("host:9100"));
        // About 10 ms an import: a longer warm-up, more samples, two imports a sample.
        double ms = Bench.medianMillis(new Bench.Sampling(15, 31, 2, Bench.Clock.WALL, false), () -> {
            GrafanaImport done = GrafanaImport.of(DashboardReader.read(json), null, chosen, Duration.ofHours(1),
                    GrafanaImport.DEFAULT_MAX_DATA_POINTS, BuiltInVariables.DEFAULT_SCRAPE);
            if (done.panels().size() != 200) {
                throw new AssertionError(done.panels().size() + " panels");
            }
        });
        Bench.print("grafana_import_200_panels", ms, "ms (limit 1000 ms; median of 31 samples of 2 imports each)");
        Bench.print("grafana_import_200_panels_json_kib", json.length() / 1024.0, "KiB");
    }
}
