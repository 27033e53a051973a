package sitrep.panels.grafana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.chart.ChartSpec;
import sitrep.panels.PanelDefinition;

/** Real public dashboards of several vintages (see src/test/resources/grafana/README.md). */
class GrafanaDashboardsTest {

    static String resource(String name) throws IOException {
        try (InputStream in = GrafanaDashboardsTest.class.getResourceAsStream("/grafana/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ImportedDashboard read(String name) throws Exception {
        return DashboardReader.read(resource(name));
    }

    private static ImportedPanel panel(ImportedDashboard d, String title) {
        return d.panels().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow(
                () -> new AssertionError("no panel '" + title + "' among " + d.panels().stream()
                        .map(ImportedPanel::title).toList()));
    }

    private static GrafanaImport imported(ImportedDashboard d, Map<String, List<String>> chosen) {
        return GrafanaImport.of(d, null, chosen, Duration.ofHours(1), 1000, Duration.ofSeconds(15));
    }

    @Test
    void schema14RowsGraphsAndSinglestats() throws Exception {
        ImportedDashboard d = read("node-exporter-full-old-rows.json");
        assertThat(d.title()).isEqualTo("Node Exporter Full Old");
        assertThat(d.panels()).hasSize(172);
        assertThat(d.skipped()).isEmpty();
        // singlestat: percent, "85,95" thresholds coloured, gauge 0..100
        ImportedPanel cpu = panel(d, "CPU Busy");
        assertThat(cpu.grafanaType()).isEqualTo("singlestat");
        assertThat(cpu.unit()).isEqualTo("percent");
        assertThat(cpu.thresholds()).containsExactly(new ImportedPanel.Band(85, 95, false),
                new ImportedPanel.Band(95, ThresholdReader.OPEN, true));
        assertThat(cpu.min()).isEqualTo(0.0);
        assertThat(cpu.max()).isEqualTo(100.0);
        // graph with the old yaxes format; its hidden target left out
        ImportedPanel ram = panel(d, "Used RAM Memory");
        assertThat(ram.expressions()).noneMatch(e -> e.startsWith("((node_memory_MemTotal"));
        ImportedPanel net = panel(d, "Network Traffic");
        assertThat(net.grafanaType()).isEqualTo("graph");
        assertThat(net.unit()).isEqualTo("Bps");
        assertThat(PanelDefinitions.unitLabel(net.unit())).isEqualTo("B/s");
        assertThat(net.expressions()).allMatch(e -> e.contains("$node:$port"));
    }

    @Test
    void collapsedRowsTimeseriesStatGaugeAndBargauge() throws Exception {
        ImportedDashboard d = read("node-exporter-full.json");
        assertThat(d.panels()).hasSize(125);
        assertThat(d.panels()).extracting(ImportedPanel::grafanaType)
                .contains("timeseries", "stat", "gauge", "bargauge");
        ImportedPanel pressure = panel(d, "Pressure");
        assertThat(pressure.grafanaType()).isEqualTo("bargauge");
        assertThat(pressure.unit()).isEqualTo("percentunit");
        assertThat(pressure.legends()).containsExactly("CPU", "Mem", "I/O", "Irq");
        assertThat(pressure.thresholds()).containsExactly(new ImportedPanel.Band(0.7, 0.9, false),
                new ImportedPanel.Band(0.9, ThresholdReader.OPEN, true));
        assertThat(PanelDefinitions.yAxis(pressure)).isEqualTo(ChartSpec.YAxisMode.RATIO);
        // "__auto" legends leave the series' own labels
        assertThat(panel(d, "CPU Cores").legends()).containsOnly("");
        // A time series that draws no thresholds brings none, even with Grafana's default green/red 80.
        assertThat(d.panels().stream().filter(p -> p.grafanaType().equals("timeseries")))
                .allMatch(p -> p.thresholds().isEmpty());
        // collapsed rows: panels found only nested inside a row
        assertThat(d.panels()).anyMatch(p -> p.title().equals("Memory Page Faults"));

        GrafanaImport done = imported(d, Map.of("job", List.of("node"), "node", List.of("host:9100")));
        PanelDefinition faults = done.panels().stream().filter(p -> p.title().equals("Memory Page Faults"))
                .findFirst().orElseThrow();
        assertThat(faults.expressions().get(0))
                .isEqualTo("rate(node_vmstat_pgfault{instance=\"host:9100\",job=\"node\"}[1m])");
        assertThat(done.panels()).allSatisfy(p -> assertThat(p.expressions())
                .noneMatch(e -> e.contains("$__rate_interval") || e.contains("$node") || e.contains("$job")));
    }

    @Test
    void sharedExportWithInputsAndSkippedPanels() throws Exception {
        ImportedDashboard d = read("cloudnative-pg-shared-export.json");
        assertThat(d.panels()).hasSize(75);
        assertThat(d.skipped()).hasSize(28);
        assertThat(d.skipped()).extracting(SkippedPanel::reason).contains("text panel: no query",
                "heatmap: Sitrep draws lines, not heatmaps", "alert list: see Sitrep's own alert list",
                "table of instant values: Sitrep charts series over time");
        assertThat(d.skipped()).allMatch(s -> !s.title().isBlank() && !s.reason().isBlank());
        // The threshold line a time series asked for is kept.
        ImportedPanel lag = panel(d, "Replication Lag");
        assertThat(lag.thresholds()).isNotEmpty();
        // The custom all value uses $cluster: substituted too.
        GrafanaImport done = imported(d, Map.of("namespace", List.of("db"), "cluster", List.of("pg-main")));
        assertThat(done.panels()).allSatisfy(p -> assertThat(p.expressions()).noneMatch(e -> e.contains("$")));
        assertThat(done.panels().stream().flatMap(p -> p.expressions().stream()))
                .anyMatch(e -> e.contains("pod=~\"pg-main-([1-9][0-9]*)\""));
    }

    @Test
    void aLokiDashboardIsAllSkippedWithReasons() throws Exception {
        ImportedDashboard d = read("grafana-devenv-loki.json");
        assertThat(d.panels()).isEmpty();
        assertThat(d.skipped()).extracting(SkippedPanel::reason).containsExactly(
                "logs panel: Sitrep charts metrics, not log lines", "logs panel: Sitrep charts metrics, not log lines",
                "Loki datasource: Sitrep charts Prometheus queries only",
                "Loki datasource: Sitrep charts Prometheus queries only",
                "Loki datasource: Sitrep charts Prometheus queries only");
    }

    @Test
    void twoHundredPanelsFromTheLargestRealDashboard() throws Exception {
        assertThat(read("node-exporter-full-old-rows.json").panels().size()
                + read("node-exporter-full.json").panels().size()).isGreaterThan(200);
    }

    @Test
    void whatIsNotADashboardIsOneLine() {
        assertThatThrownBy(() -> DashboardReader.read("{\"title\": \"x\"")).isInstanceOf(GrafanaFormatException.class)
                .hasMessageStartingWith("not valid JSON").hasMessageNotContaining("com.google");
        assertThatThrownBy(() -> DashboardReader.read("[1, 2]")).hasMessage(
                "not a Grafana dashboard: the JSON is a list, not a dashboard's object");
        assertThatThrownBy(() -> DashboardReader.read("{\"title\": \"x\"}")).hasMessage(
                "not a Grafana dashboard: it has neither \"panels\" nor \"rows\"");
    }

    @Test
    void theApiEnvelopeAndMixedDatasources() throws Exception {
        String json = """
                {"meta": {"slug": "x"}, "dashboard": {"title": "Mixed", "uid": "abc", "panels": [
                  {"id": 1, "type": "timeseries", "title": "Both", "datasource": {"type": "datasource", "uid": "-- Mixed --"},
                   "targets": [{"datasource": {"type": "prometheus", "uid": "p"}, "expr": "up", "refId": "A"},
                               {"datasource": {"type": "grafana-testdata-datasource", "uid": "t"}, "refId": "B"}]},
                  {"id": 2, "type": "timeseries", "title": "Random walk", "datasource": {"type": "testdata", "uid": "t"},
                   "targets": [{"refId": "A", "scenarioId": "random_walk"}]},
                  {"id": 3, "type": "graph", "title": "Thresholds", "datasource": "Prometheus",
                   "yaxes": [{"format": "ms", "min": "0", "logBase": 1}, {"format": "short"}],
                   "thresholds": [{"op": "gt", "value": 500, "colorMode": "warning"}, {"op": "gt", "value": 1000, "colorMode": "critical"}],
                   "targets": [{"expr": "x", "legendFormat": "{{instance}}", "hide": false}, {"expr": "y", "hide": true}]}
                ]}}""";
        ImportedDashboard d = DashboardReader.read(json);
        assertThat(d.uid()).isEqualTo("abc");
        assertThat(d.panels()).extracting(ImportedPanel::title).containsExactly("Both", "Thresholds");
        assertThat(d.panels().get(0).expressions()).containsExactly("up");
        // The mixed panel is charted from its Prometheus query, and what it leaves out is said.
        assertThat(d.skipped()).containsExactly(new SkippedPanel("Random walk",
                "TestData datasource: Sitrep charts Prometheus queries only"), new SkippedPanel("Both",
                "1 of 2 queries left out (TestData): the chart shows its Prometheus queries only"));
        ImportedPanel t = d.panels().get(1);
        assertThat(t.expressions()).containsExactly("x");
        assertThat(t.unit()).isEqualTo("ms");
        assertThat(t.min()).isEqualTo(0.0);
        assertThat(t.thresholds()).containsExactly(new ImportedPanel.Band(500, 1000, false),
                new ImportedPanel.Band(1000, ThresholdReader.OPEN, true));
        PanelDefinition def = PanelDefinitions.of(t, new Interpolator(Map.of(), Map.of()));
        assertThat(def.yAxis()).isEqualTo(ChartSpec.YAxisMode.FROM_ZERO);
        assertThat(def.thresholds()).extracting(ChartSpec.Threshold::level)
                .containsExactly(ChartSpec.Threshold.Level.WARNING, ChartSpec.Threshold.Level.CRITICAL);
    }

    @Test
    void aPanelsMinIntervalRaisesItsIntervalsOnly() throws Exception {
        ImportedDashboard d = DashboardReader.read("""
                {"title": "Intervals", "panels": [
                  {"id": 1, "type": "timeseries", "title": "Own", "interval": "1m",
                   "targets": [{"expr": "rate(x[$__rate_interval]) / $__interval_ms"}]},
                  {"id": 2, "type": "timeseries", "title": "Default",
                   "targets": [{"expr": "rate(x[$__rate_interval]) / $__interval_ms"}]}]}""");
        assertThat(d.panels().get(0).minInterval()).isEqualTo("1m");
        List<PanelDefinition> panels = imported(d, Map.of()).panels();
        // 1 h over 1,000 points would be 15 s with a 15 s scrape; the panel's 1m wins, rate = 1m + 15s
        assertThat(panels.get(0).expressions()).containsExactly("rate(x[75s]) / 60000");
        assertThat(panels.get(1).expressions()).containsExactly("rate(x[1m]) / 15000");
    }

    @Test
    void aSharedExportsConstantInputsAreFilledInAsGrafanaDoesAtImport() throws Exception {
        ImportedDashboard d = DashboardReader.read("""
                {"__inputs": [
                   {"name": "DS_PROMETHEUS", "type": "datasource", "pluginId": "prometheus"},
                   {"name": "VAR_JOB", "type": "constant", "label": "job", "value": "node"},
                   {"name": "VAR_EMPTY", "type": "constant", "value": ""}],
                 "title": "Shared", "panels": [
                  {"id": 1, "type": "timeseries", "title": "Requests of ${VAR_JOB}",
                   "datasource": "${DS_PROMETHEUS}",
                   "targets": [{"expr": "rate(http_requests_total{job=\\"${VAR_JOB}\\",x=\\"${VAR_EMPTY}\\"}[5m])"}]}]}""");
        ImportedPanel p = d.panels().get(0);
        assertThat(p.title()).isEqualTo("Requests of node");
        // One without a value stays as written, for a --var to fill or a person to see.
        assertThat(p.expressions()).containsExactly("rate(http_requests_total{job=\"node\",x=\"${VAR_EMPTY}\"}[5m])");
    }

    @Test
    void thresholdsAreDrawnOnlyWhereGrafanaShowsThem() throws Exception {
        String steps = "\"thresholds\": {\"mode\": \"absolute\", \"steps\": [{\"color\": \"green\", \"value\": null},"
                + " {\"color\": \"red\", \"value\": 80}]}";
        ImportedDashboard d = DashboardReader.read("""
                {"title": "T", "panels": [
                  {"type": "stat", "title": "RAM total", "options": {"colorMode": "none"},
                   "fieldConfig": {"defaults": {"unit": "bytes", %1$s}}, "targets": [{"expr": "a"}]},
                  {"type": "stat", "title": "Errors", "options": {"colorMode": "value"},
                   "fieldConfig": {"defaults": {%1$s}}, "targets": [{"expr": "b"}]},
                  {"type": "table", "title": "Volumes", "fieldConfig": {"defaults": {%1$s}}, "targets": [{"expr": "c"}]},
                  {"type": "table", "title": "Coloured", "fieldConfig": {"defaults": {"custom": {"cellOptions":
                   {"type": "color-background"}}, %1$s}}, "targets": [{"expr": "d"}]}]}""".formatted(steps));
        assertThat(d.panels()).extracting(p -> p.thresholds().isEmpty()).containsExactly(true, false, true, false);
    }

    @Test
    void aPageAnEmptyFileOrYamlSaysWhatItIs() {
        assertThatThrownBy(() -> DashboardReader.read("<!DOCTYPE html><html><body>Sign in</body></html>"))
                .hasMessageContaining("web page (HTML)").hasMessageContaining("token");
        assertThatThrownBy(() -> DashboardReader.read("")).hasMessage("not a Grafana dashboard: it is empty");
        assertThatThrownBy(() -> DashboardReader.read("apiVersion: v1\nkind: ConfigMap\n"))
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> DashboardReader.read("[1, 2]")).hasMessageContaining("a list");
    }
}
