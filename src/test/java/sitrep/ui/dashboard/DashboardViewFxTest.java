package sitrep.ui.dashboard;

import sitrep.panels.PanelDefinition;
import sitrep.chart.ChartSpec;
import sitrep.chart.RenderedFrame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import sitrep.domain.MetricSeries;
import sitrep.domain.Suggestion;
import sitrep.source.MetricSource;

/** Zoom, pause and pin on the real dashboard view, fed by a scripted metric source. */
class DashboardViewFxTest extends FxRobot {

    private static final Instant NOW = Instant.parse("2026-11-25T14:10:00Z");

    private final List<Suggestion> pins = new ArrayList<>();
    private ExecutorService renderer;
    private DashboardViewModel vm;
    private DashboardView view;
    private DashboardFetch fetch;
    /** Range queries the scripted source answered. */
    private final java.util.concurrent.atomic.AtomicInteger queries = new java.util.concurrent.atomic.AtomicInteger();
    /** Work handed to the render thread by the FX thread. */
    private final java.util.concurrent.atomic.AtomicInteger rendersAskedOnFx = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private MetricSource latency() {
        return new MetricSource() {
            @Override
            public String name() {
                return "scripted";
            }

            @Override
            public Range range(String expression, Instant start, Instant end, Duration step) {
                queries.incrementAndGet();
                int n = (int) Duration.between(start, end).dividedBy(step);
                long[] t = new long[n];
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    t[i] = start.plus(step.multipliedBy(i)).toEpochMilli();
                    v[i] = 0.1 + (i > n / 2 ? 1.5 : 0);
                }
                return new Range(List.of(new MetricSeries(Map.of("instance", "api-1"), t, v)), List.of());
            }
        };
    }

    @BeforeEach
    void open() throws Exception {
        renderer = Executors.newSingleThreadExecutor();
        PanelDefinition panel = new PanelDefinition("Latency p99", List.of("lat"), "s", List.of("{{instance}}"),
                List.of(), ChartSpec.YAxisMode.FROM_ZERO, false);
        vm = new DashboardViewModel(List.of(panel), ZoneOffset.UTC);
        fetch = new DashboardFetch(latency(), Clock.fixed(NOW, ZoneOffset.UTC));
        FxToolkit.setupStage(stage -> {
            java.util.concurrent.Executor counting = task -> {
                if (javafx.application.Platform.isFxApplicationThread()) {
                    rendersAskedOnFx.incrementAndGet();
                }
                renderer.execute(task);
            };
            view = DashboardView.load(vm, counting, () -> NOW, pins::add, () -> { }, () -> ZoneOffset.UTC);
            stage.setScene(new Scene(view.root(), 1000, 600));
            stage.show();
        });
        refresh();
    }

    private void refresh() throws Exception {
        interact(() -> vm.apply(fetch.run(vm.request(NOW))));
        waitFor(10, TimeUnit.SECONDS, () -> !view.charts().isEmpty() && view.charts().get(0).frame() != null);
        waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        renderer.shutdownNow();
    }

    private Point2D plotPoint(double fraction) {
        ChartView chart = view.charts().get(0);
        RenderedFrame f = chart.frame();
        return chart.localToScreen(f.plotX() + fraction * f.plotWidth(), f.plotY() + f.plotHeight() / 2);
    }

    @Test
    void draggingAcrossAChartZoomsToThatSpanAndResetFollowsNowAgain() throws Exception {
        TimeWindow.Range before = vm.range(NOW);

        drag(plotPoint(0.25), MouseButton.PRIMARY).moveTo(plotPoint(0.5)).release(MouseButton.PRIMARY);

        assertThat(vm.zoomed()).isTrue();
        assertThat(vm.liveProperty().get()).isFalse();
        TimeWindow.Range zoomed = vm.range(NOW);
        long quarter = before.length().toMillis() / 4;
        assertThat(zoomed.from().toEpochMilli()).isCloseTo(before.from().toEpochMilli() + quarter,
                org.assertj.core.data.Offset.offset(quarter / 10));
        assertThat(zoomed.length().toMillis()).isCloseTo(quarter, org.assertj.core.data.Offset.offset(quarter / 10));

        clickOn("#reset");
        assertThat(vm.zoomed()).isFalse();
        assertThat(vm.liveProperty().get()).isTrue();
    }

    @Test
    void shiftDraggingPansByTheDraggedSpanAndADoubleClickFollowsNowAgain() {
        TimeWindow.Range before = vm.range(NOW);

        press(javafx.scene.input.KeyCode.SHIFT);
        drag(plotPoint(0.5), MouseButton.PRIMARY).moveTo(plotPoint(0.25)).release(MouseButton.PRIMARY);
        release(javafx.scene.input.KeyCode.SHIFT);

        // Dragging the plot a quarter to the left brings a quarter of later time into view.
        TimeWindow.Range panned = vm.range(NOW);
        long quarter = before.length().toMillis() / 4;
        assertThat(vm.liveProperty().get()).isFalse();
        assertThat(panned.length()).isEqualTo(before.length());
        assertThat(panned.from().toEpochMilli()).isCloseTo(before.from().toEpochMilli() + quarter,
                org.assertj.core.data.Offset.offset(quarter / 10));

        doubleClickOn(plotPoint(0.5), MouseButton.PRIMARY);
        assertThat(vm.zoomed()).isFalse();
        assertThat(vm.liveProperty().get()).isTrue();
    }

    @Test
    void aTypedRangeIsShownAndABadOneKeepsTheDialogOpenSayingWhyInOneLine() {
        clickOn("#custom");
        javafx.scene.control.TextField field = lookup("#customRange").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.DialogPane pane = lookup("#customRangeDialog").queryAs(javafx.scene.control.DialogPane.class);
        interact(() -> field.setText("around lunch"));
        clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));

        String why = lookup("#customRangeProblem").queryLabeled().getText();
        assertThat(why).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
        assertThat(vm.zoomed()).isFalse();

        interact(() -> field.setText("now-6h to now-1h"));
        clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));

        assertThat(lookup("#customRangeDialog").tryQuery()).isEmpty();
        assertThat(vm.range(NOW)).isEqualTo(new TimeWindow.Range(NOW.minus(Duration.ofHours(6)),
                NOW.minus(Duration.ofHours(1))));
    }

    @Test
    void pauseStopsFollowingNow() {
        clickOn("#pause");
        assertThat(vm.liveProperty().get()).isFalse();
        assertThat(lookup("#pause").queryAs(javafx.scene.control.ToggleButton.class).getText()).isEqualTo("Resume");

        clickOn("#pause");
        assertThat(vm.liveProperty().get()).isTrue();
    }

    @Test
    void toolbarShortcutsPauseAndResumeAndAreNamedOnHover() {
        javafx.scene.control.ToggleButton pause = lookup("#pause").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(pause.getTooltip().getText()).isEqualTo("Pause (" + DashboardShortcuts.PAUSE.getDisplayText() + ")");
        assertThat(lookup("#reset").queryButton().getTooltip().getText())
                .contains(DashboardShortcuts.RESET_ZOOM.getDisplayText());
        assertThat(lookup("#custom").queryButton().getTooltip().getText())
                .contains(DashboardShortcuts.CUSTOM_RANGE.getDisplayText());
        assertThat(lookup("#editPanels").queryButton().getTooltip().getText())
                .contains(DashboardShortcuts.PANELS.getDisplayText());

        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.P);
        assertThat(vm.liveProperty().get()).isFalse();
        assertThat(pause.getText()).isEqualTo("Resume");
        assertThat(pause.getTooltip().getText()).startsWith("Resume (");

        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.P);
        assertThat(vm.liveProperty().get()).isTrue();
    }

    @Test
    void rightClickPinsThePointWithItsQueryAndValues() {
        clickOn(plotPoint(0.9), MouseButton.SECONDARY);
        clickOn("Pin to timeline");

        assertThat(pins).singleElement().satisfies(s -> {
            assertThat(s.text()).startsWith("Latency p99 at ").contains("api-1 1.60 s");
            assertThat(s.evidence()).containsEntry("query", "lat").containsEntry("panel", "Latency p99")
                    .containsEntry("value api-1", "1.60 s");
        });
    }

    @Test
    void theReadoutFollowsTheLiveChartUnderAStillMouse() throws Exception {
        moveTo(plotPoint(0.3));
        String before = lookup(".chart-readout").queryLabeled().getText().lines().findFirst().orElseThrow();

        // The window follows now: ten minutes later the same pixel is ten minutes later.
        ChartView chart = view.charts().get(0);
        RenderedFrame old = chart.frame();
        interact(() -> vm.apply(fetch.run(vm.request(NOW.plusSeconds(600)))));
        waitFor(10, TimeUnit.SECONDS, () -> chart.frame() != old);
        waitForFxEvents();

        String after = lookup(".chart-readout").queryLabeled().getText().lines().findFirst().orElseThrow();
        assertThat(java.time.LocalTime.parse(after))
                .isEqualTo(java.time.LocalTime.parse(before).plusMinutes(10));
    }

    @Test
    void crosshairReadsTheValueUnderTheCursor() {
        moveTo(plotPoint(0.1));

        assertThat(lookup(".chart-readout").queryLabeled().getText()).contains("api-1: 0.100 s");
    }

    @Test
    void aThemeSwitchRedrawsTheChartsFromWhatTheyHoldAndQueriesNothing() throws Exception {
        // As the app wires it: whatever the view model calls a change is fetched at once.
        vm.onChange(() -> vm.apply(fetch.run(vm.request(NOW))));
        ChartView chart = view.charts().get(0);
        RenderedFrame dark = chart.frame();
        int darkBackground = dark.argbPre()[0];
        int before = queries.get();

        interact(() -> vm.setDark(false));
        waitFor(10, TimeUnit.SECONDS, () -> chart.frame() != dark);
        waitForFxEvents();

        assertThat(chart.frame().spec()).isSameAs(dark.spec());
        assertThat(chart.frame().argbPre()[0]).as("the light background").isEqualTo(0xffffffff)
                .isNotEqualTo(darkBackground);
        assertThat(queries.get()).as("queries made by the theme switch").isEqualTo(before);
    }

    @Test
    void aRefreshIsDrawnOnTheRenderThreadBeforeTheFxThreadSeesIt() throws Exception {
        ChartView chart = view.charts().get(0);
        RenderedFrame before = chart.frame();
        java.util.function.Consumer<DashboardFrame> frames = view.frames();
        int asked = rendersAskedOnFx.get();

        FetchRequest request = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> vm.request(NOW.plusSeconds(60)))
                .get(10, TimeUnit.SECONDS);
        // As the fetch thread does: the frame goes to the render thread, then to the FX thread.
        DashboardFrame next = fetch.run(request);
        frames.accept(next);
        waitFor(10, TimeUnit.SECONDS, () -> chart.frame() != before);
        waitForFxEvents();

        assertThat(chart.frame().spec()).isSameAs(next.panels().get(0).spec());
        assertThat(vm.shownRange()).isEqualTo(next.range());
        assertThat(rendersAskedOnFx.get()).as("renders the FX thread handed back to the render thread")
                .isEqualTo(asked);
    }
}
