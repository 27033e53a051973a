package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import sitrep.domain.MetricSeries;
import sitrep.panels.grafana.PanelSet;
import sitrep.panels.grafana.DashboardReader;
import sitrep.panels.grafana.LabelLookup;
import sitrep.source.MetricSource;
import sitrep.ui.dashboard.DashboardFetch;
import sitrep.ui.dashboard.DashboardView;
import sitrep.ui.dashboard.DashboardViewModel;
import sitrep.ui.panels.VariableBarView;
import sitrep.ui.panels.VariableBarViewModel;

/** A person switches to an imported dashboard, picks a variable's values, and opens a chart in Prometheus. */
class VariableBarFxTest extends FxRobot {

    private static final Instant NOW = Instant.parse("2026-11-25T14:10:00Z");
    private static final String DASHBOARD = """
            {"title": "Services", "uid": "svc", "panels": [
              {"id": 3, "type": "timeseries", "title": "Requests of $job",
               "targets": [{"expr": "sum(rate(http_requests_total{job=~\\"$job\\"}[$__rate_interval]))"}]}],
             "templating": {"list": [
              {"name": "job", "label": "Job", "type": "query", "query": "label_values(job)", "multi": true,
               "includeAll": true, "current": {"value": ["api"]}}]}}
            """;

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private ExecutorService renderer;
    private DashboardViewModel vm;
    private DashboardView view;
    private VariableBarViewModel bar;
    private DashboardFetch fetch;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private MetricSource recording() {
        return new MetricSource() {
            @Override
            public String name() {
                return "scripted";
            }

            @Override
            public Range range(String expression, Instant start, Instant end, Duration step) {
                asked.add(expression);
                int n = (int) Duration.between(start, end).dividedBy(step);
                long[] t = new long[n];
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    t[i] = start.plus(step.multipliedBy(i)).toEpochMilli();
                    v[i] = 1 + i % 7;
                }
                return new Range(List.of(new MetricSeries(Map.of("job", "x"), t, v)), List.of());
            }
        };
    }

    private static LabelLookup jobs() {
        return new LabelLookup() {
            @Override
            public List<String> labelValues(String label, String selector) {
                return List.of("api", "db", "web");
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
        };
    }

    @BeforeEach
    void open() throws Exception {
        renderer = Executors.newSingleThreadExecutor();
        Settings settings = new Settings();
        settings.putPanelSet(new PanelSet("Services", DashboardReader.read(DASHBOARD), Map.of(), null));
        vm = new DashboardViewModel(settings.panels(), ZoneOffset.UTC);
        bar = new VariableBarViewModel();
        fetch = new DashboardFetch(recording(), Clock.fixed(NOW, ZoneOffset.UTC));
        FxToolkit.setupStage(stage -> {
            view = DashboardView.load(vm, renderer, () -> NOW, s -> { }, () -> { }, () -> ZoneOffset.UTC);
            new PanelSetSwitcher(settings, () -> { }, vm, bar, jobs(), "http://prom:9090", Runnable::run,
                    Runnable::run, opened::add).start();
            VBox root = new VBox(6, new VariableBarView(bar).root(), view.root());
            stage.setScene(new Scene(root, 1000, 600));
            stage.show();
        });
        vm.onChange(() -> vm.apply(fetch.run(vm.request(NOW))));
        interact(() -> vm.apply(fetch.run(vm.request(NOW))));
        waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        renderer.shutdownNow();
    }

    @Test
    void pickingASetAndAVariableRequeriesAtOnce() throws Exception {
        clickOn("#panel-set");
        clickOn("Services");
        waitFor(10, TimeUnit.SECONDS, () -> asked.contains("sum(rate(http_requests_total{job=~\"api\"}[1m]))"));
        assertThat(lookup("#var-job").queryAs(javafx.scene.control.MenuButton.class).getText()).isEqualTo("api");
        waitFor(10, TimeUnit.SECONDS, () -> lookup(".panel-title").queryLabeled().getText()
                .equals("Requests of api"));

        clickOn("#var-job");
        clickOn("db");
        waitFor(10, TimeUnit.SECONDS, () -> asked.contains("sum(rate(http_requests_total{job=~\"(api|db)\"}[1m]))"));
        assertThat(lookup(".panel-title").queryLabeled().getText()).isEqualTo("Requests of api + db");
        type(javafx.scene.input.KeyCode.ESCAPE);

        clickOn("#var-job");
        clickOn("All");
        waitFor(10, TimeUnit.SECONDS, () -> asked.contains(
                "sum(rate(http_requests_total{job=~\"(api|db|web)\"}[1m]))"));
        type(javafx.scene.input.KeyCode.ESCAPE);
        waitFor(10, TimeUnit.SECONDS, () -> lookup(".panel-title").queryLabeled().getText()
                .equals("Requests of All"));

        waitFor(10, TimeUnit.SECONDS, () -> view.charts().get(0).frame() != null);
        clickOn(plotPoint(), MouseButton.SECONDARY);
        clickOn("Open in Prometheus");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0)).startsWith("http://prom:9090/graph?g0.expr=sum%28rate%28http_requests_total");
    }

    private Point2D plotPoint() {
        var chart = view.charts().get(0);
        Bounds b = chart.localToScreen(chart.getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * 0.6, b.getMinY() + b.getHeight() * 0.4);
    }
}
