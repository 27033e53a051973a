package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.panels.grafana.PanelSet;
import sitrep.panels.grafana.DashboardReader;
import sitrep.panels.grafana.LabelLookup;
import sitrep.ui.dashboard.DashboardViewModel;
import sitrep.panels.PanelDefinition;
import sitrep.ui.dashboard.PanelLink;
import sitrep.ui.panels.VariableBarViewModel;

/** Switching panel sets and changing variables, without the toolkit: what the dashboard would query next. */
class PanelSetSwitcherTest {

    private static final String DASHBOARD = """
            {"title": "Self", "uid": "self1", "panels": [
              {"id": 7, "type": "timeseries", "title": "Up by $job",
               "targets": [{"expr": "up{job=~\\"$job\\", instance=\\"$instance\\"}", "legendFormat": "{{instance}}"}]},
              {"id": 8, "type": "timeseries", "title": "Requests",
               "targets": [{"expr": "rate(http_requests_total{job=~\\"$job\\"}[$__rate_interval])"}]}],
             "templating": {"list": [
              {"name": "job", "type": "query", "query": "label_values(up, job)", "multi": true, "includeAll": true,
               "current": {"value": ["$__all"]}},
              {"name": "instance", "type": "query", "query": "label_values(up{job=~\\"$job\\"}, instance)"}]}}
            """;

    /** Answers as a Prometheus with jobs api (two instances) and db (one) would. */
    private static final class Jobs implements LabelLookup {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<String> labelValues(String label, String selector) {
            asked.add(label + " " + selector);
            if (label.equals("job")) {
                return List.of("api", "db");
            }
            if (selector.contains("(api|db)")) {
                return List.of("a:1", "b:1", "d:1");
            }
            return selector.contains("\"db\"") ? List.of("d:1") : List.of("a:1", "b:1");
        }

        @Override
        public List<String> labelNames(String selector) {
            return List.of();
        }

        @Override
        public List<String> series(String selector) {
            return List.of();
        }

        @Override
        public List<String> queryResult(String promql) {
            return List.of();
        }
    }

    private final Settings settings = new Settings();
    private final DashboardViewModel dashboard = new DashboardViewModel(settings.panels(), ZoneOffset.UTC);
    private final VariableBarViewModel bar = new VariableBarViewModel();
    private final List<String> opened = new ArrayList<>();
    private int saves;

    private PanelSetSwitcher switcher(LabelLookup lookup) throws Exception {
        settings.putPanelSet(new PanelSet("Self", DashboardReader.read(DASHBOARD), Map.of(), "https://grafana.example"));
        return new PanelSetSwitcher(settings, () -> saves++, dashboard, bar, lookup, "http://prom:9090",
                Runnable::run, Runnable::run, opened::add);
    }

    private List<PanelDefinition> next() {
        return dashboard.request(Instant.parse("2026-11-30T14:00:00Z")).panels();
    }

    @Test
    void choosingASetResolvesItsVariablesAndQueriesWithThem() throws Exception {
        switcher(new Jobs()).start();
        assertThat(bar.sets()).containsExactly(VariableBarViewModel.DEFAULT_SET, "Self");
        assertThat(next()).isEqualTo(settings.panels());

        bar.chooseSet("Self");
        assertThat(settings.activePanelSet()).isEqualTo("Self");
        assertThat(bar.variables()).extracting(VariableBarViewModel.Choice::name).containsExactly("job", "instance");
        assertThat(bar.variables().get(0).selection()).containsExactly(VariableBarViewModel.ALL);
        assertThat(bar.variables().get(1).options()).containsExactly("a:1", "b:1", "d:1");
        List<PanelDefinition> panels = next();
        assertThat(panels.get(0).title()).isEqualTo("Up by All");
        assertThat(panels.get(0).expressions()).containsExactly("up{job=~\"(api|db)\", instance=\"a:1\"}");
        // the last hour, 1,000 points, Grafana's default 15 s scrape: 15 s interval, 1 m rate interval
        assertThat(panels.get(1).expressions()).containsExactly("rate(http_requests_total{job=~\"(api|db)\"}[1m])");
    }

    @Test
    void aChangeRequeriesAtOnceAndResolvesTheVariablesThatDependOnIt() throws Exception {
        switcher(new Jobs()).start();
        bar.chooseSet("Self");
        int before = saves;
        bar.select("job", List.of(VariableBarViewModel.ALL, "db"));
        assertThat(bar.variables().get(0).selection()).containsExactly("db");
        assertThat(bar.variables().get(1).options()).containsExactly("d:1");
        assertThat(bar.variables().get(1).selection()).containsExactly("d:1");
        assertThat(next().get(0).expressions()).containsExactly("up{job=~\"db\", instance=\"d:1\"}");
        assertThat(saves).isGreaterThan(before);
        assertThat(settings.panelSets().get(0).selection().get("job")).containsExactly("db");

        // the selection is kept for the next start
        VariableBarViewModel again = new VariableBarViewModel();
        DashboardViewModel dash = new DashboardViewModel(settings.panels(), ZoneOffset.UTC);
        new PanelSetSwitcher(settings, () -> { }, dash, again, new Jobs(), null, Runnable::run, Runnable::run,
                url -> { }).start();
        assertThat(again.selectedSetProperty().get()).isEqualTo("Self");
        assertThat(again.variables().get(0).selection()).containsExactly("db");
    }

    @Test
    void eachPanelLinksToPrometheusAndToItsGrafanaPanel() throws Exception {
        switcher(new Jobs()).start();
        bar.chooseSet("Self");
        PanelDefinition first = next().get(0);
        dashboard.apply(new sitrep.ui.dashboard.DashboardFrame(Instant.parse("2026-11-30T14:00:00Z"),
                new sitrep.ui.dashboard.TimeWindow.Range(Instant.parse("2026-11-30T13:00:00Z"),
                        Instant.parse("2026-11-30T14:00:00Z")), List.of(), List.of()));
        List<PanelLink> links = dashboard.linksFor(first);
        assertThat(links).extracting(PanelLink::label).containsExactly("Open in Prometheus", "Open in Grafana");
        assertThat(links.get(0).url()).isEqualTo("http://prom:9090/graph?g0.expr="
                + "up%7Bjob%3D%7E%22%28api%7Cdb%29%22%2C%20instance%3D%22a%3A1%22%7D&g0.tab=0&g0.range_input=3600s"
                + "&g0.end_input=2026-11-30%2014%3A00%3A00&g0.moment_input=2026-11-30%2014%3A00%3A00");
        assertThat(links.get(1).url()).isEqualTo("https://grafana.example/d/self1/?from="
                + Instant.parse("2026-11-30T13:00:00Z").toEpochMilli() + "&to="
                + Instant.parse("2026-11-30T14:00:00Z").toEpochMilli() + "&viewPanel=7&var-job=%24__all&var-instance=a%3A1");
        dashboard.openLink(links.get(1));
        assertThat(opened).containsExactly(links.get(1).url());
    }

    @Test
    void withoutAServerTheSavedValuesAreUsedAndDefaultGoesBack() throws Exception {
        switcher(null).start();
        bar.chooseSet("Self");
        assertThat(next().get(0).expressions()).containsExactly("up{job=~\".*\", instance=\"\"}");
        bar.chooseSet(VariableBarViewModel.DEFAULT_SET);
        assertThat(settings.activePanelSet()).isNull();
        assertThat(bar.variables()).isEmpty();
        assertThat(next()).isEqualTo(settings.panels());
    }
}
