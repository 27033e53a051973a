package sitrep.app;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import sitrep.concurrent.Daemons;
import sitrep.domain.MetricSeries;
import sitrep.domain.Suggestion;
import sitrep.source.MetricSource;
import sitrep.source.SharedTargetQueries;
import sitrep.source.TargetChangeTimes;
import sitrep.source.polling.LatestValueRelay;
import sitrep.ui.dashboard.DashboardFetch;
import sitrep.ui.dashboard.DashboardFrame;
import sitrep.ui.dashboard.FetchRequest;
import sitrep.ui.dashboard.DashboardView;
import sitrep.ui.dashboard.DashboardViewModel;
import sitrep.panels.PanelDefinition;
import sitrep.chart.TimelineMarker;
import sitrep.ui.panels.VariableBarView;
import sitrep.ui.panels.VariableBarViewModel;

/**
 * The dashboard wired to a metric source: one background thread fetches (latest request wins), one
 * renders charts, and the FX thread only applies finished frames and swaps images. Requests, fetched frames
 * and drawn frames each pass through a {@link LatestValueRelay}; docs/decisions/11-02-poll-to-pixel.md
 * follows the whole path.
 */
final class LiveDashboard implements AutoCloseable {

    static final Duration REFRESH = Duration.ofSeconds(5);
    /** A drill runs at up to 60x: a second of real time is already a minute of scenario time. */
    static final Duration DRILL_REFRESH = Duration.ofSeconds(1);

    private final DashboardViewModel vm;
    private final VariableBarViewModel bar = new VariableBarViewModel();
    /** Requests to the fetch thread: at most one fetch runs, and a newer request replaces a waiting one. */
    private final LatestValueRelay<FetchRequest> requests;
    private final ExecutorService fetchThread;
    private final ExecutorService renderThread;
    private final ScheduledExecutorService ticker;
    private final DashboardView view;
    private final Clock clock;
    private boolean closed;
    private final SharedTargetQueries sharedTargets;

    LiveDashboard(MetricSource source, List<PanelDefinition> panels, ZoneId zone, boolean dark, Clock clock,
                  Consumer<Suggestion> pins, Runnable openEditor,
                  BiConsumer<String, List<MetricSeries>> answers, Duration refresh,
                  TargetChangeTimes changeTimes, SharedTargetQueries sharedTargets) {
        this.clock = clock;
        this.vm = new DashboardViewModel(panels, zone);
        vm.setDark(dark);
        fetchThread = Executors.newSingleThreadExecutor(Daemons.named("sitrep-dashboard-fetch"));
        renderThread = Executors.newSingleThreadExecutor(Daemons.named("sitrep-chart-render"));
        ticker = Executors.newSingleThreadScheduledExecutor(Daemons.named("sitrep-dashboard-tick"));
        view = DashboardView.load(vm, renderThread, clock::instant, pins, openEditor, vm::zone);
        this.sharedTargets = sharedTargets;
        DashboardFetch fetch = new DashboardFetch(source, clock, answers, changeTimes, sharedTargets);
        // fetch thread -> render thread (charts drawn at their cells' sizes) -> FX thread (apply, swap images)
        Consumer<DashboardFrame> frames = view.frames();
        requests = new LatestValueRelay<>(fetchThread, request -> frames.accept(fetch.run(request)));
        // The variable bar sits above the dashboard's own toolbar, as Grafana's does.
        view.root().getChildren().add(0, new VariableBarView(bar).root());
        vm.onChange(this::refreshNow);
        ticker.scheduleWithFixedDelay(() -> Platform.runLater(() -> {
            if (vm.liveProperty().get()) {
                refreshNow();
            }
        }), refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
        refreshNow();
    }

    VariableBarViewModel variableBar() {
        return bar;
    }

    DashboardViewModel viewModel() {
        return vm;
    }

    /** A background thread for work the dashboard's dialogs start (query checks). */
    Executor background() {
        return fetchThread;
    }

    DashboardView view() {
        return view;
    }

    /** Fetches what is in view now; call on the FX thread. */
    void refreshNow() {
        if (closed) {
            // A panel set's variables resolved after the dashboard was closed ask for a refresh: nothing to do.
            return;
        }
        requests.accept(vm.request(clock.instant()));
    }

    /** Redraws the charts in the other theme from what they hold; fetches nothing. */
    void setDark(boolean isDark) {
        vm.setDark(isDark);
    }

    void setMarkers(TimelineMarker.Source markers) {
        vm.setMarkers(markers);
    }

    @Override
    public void close() {
        closed = true;
        ticker.shutdownNow();
        fetchThread.shutdownNow();
        if (sharedTargets != null) {
            sharedTargets.follow(null); // the poller goes back to instant queries
        }
        renderThread.shutdownNow();
    }
}
