package sitrep.app;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import sitrep.concurrent.Daemons;
import sitrep.domain.Incident;
import sitrep.domain.SourceUrl;
import sitrep.panels.grafana.LabelLookup;
import sitrep.source.HttpClients;
import sitrep.source.HttpFetcher;
import sitrep.source.prometheus.PrometheusClient;
import sitrep.ui.shell.MainWindowView;
import sitrep.ui.shell.ShellViewModel;
import sitrep.ui.status.NowStripView;
import sitrep.ui.status.NowStripViewModel;
import sitrep.ui.status.StatusBoardView;
import sitrep.ui.status.StatusBoardViewModel;

/**
 * The live side of the window: the sources polled (or the drill played), the status board, the now strip and the
 * dashboard with its panel sets. {@link #connect()} starts them for the sources in force, {@link #disconnect()} stops
 * them; the open incident (from {@link IncidentSwitcher}) only shades the charts and receives pins. FX thread.
 */
final class LiveSession implements AutoCloseable {

    private final LaunchOptions options;
    private final SettingsSaver settings;
    private final DrillSession drill;
    private final MainWindowView view;
    private final ShellViewModel shell;
    private final NowStripView nowStrip;
    private final IncidentSwitcher incidents;
    private final EvidenceTap evidence;
    private final Consumer<String> browser;
    /** Runs what the window's first frame does not show once that frame is on screen (FirstDataFrameWatch). */
    private final Executor afterFirstFrame;
    private StatusBoardViewModel board;
    private LiveSources live;
    private LiveDashboard dashboard;
    private PanelSetSwitcher panelSets;
    private NowStripViewModel now;
    /** For panel-set variable lookups; made when first needed, kept across reconnects. */
    private HttpClients lookupClients;

    LiveSession(LaunchOptions options, SettingsSaver settings, DrillSession drill, MainWindowView view,
                ShellViewModel shell, NowStripView nowStrip, IncidentSwitcher incidents, EvidenceTap evidence,
                Consumer<String> browser, Executor afterFirstFrame) {
        this.options = options;
        this.settings = settings;
        this.drill = drill;
        this.view = view;
        this.shell = shell;
        this.nowStrip = nowStrip;
        this.incidents = incidents;
        this.evidence = evidence;
        this.browser = browser;
        this.afterFirstFrame = afterFirstFrame;
    }

    /** Starts polling the sources in force, replacing any earlier pollers, and shows their board. */
    void connect() {
        disconnect();
        Settings s = settings.settings();
        board = new StatusBoardViewModel(incidents.zone(), drill.clock());
        board.onTransition(incidents::suggest);
        live = drill.playing()
                ? LiveSources.drill(drill.drill(), board, Platform::runLater, evidence)
                : LiveSources.start(options.sources(s), s.sourceOptions(), board, Platform::runLater,
                        drill.clock(), evidence);
        if (!live.rejected().isEmpty()) {
            shell.showNotice(String.join(" ", live.rejected()));
        }
        live.refusedPrometheus().ifPresent(shell::metricsRefused);
        if (live.isEmpty() && !live.rejected().isEmpty()) {
            shell.noSourceRunning();
        }
        if (live.isEmpty()) {
            view.setStatusContent(null);
            now = null;
            nowStrip.show(null);
            return;
        }
        now = new NowStripViewModel(board);
        StatusBoardViewModel watched = board;
        InvalidationListener changed = o -> {
            if (now != null && board == watched) {
                now.refresh(drill.clock().instant());
            }
        };
        board.alerts().addListener(changed);
        board.components().addListener(changed);
        now.refresh(drill.clock().instant());
        nowStrip.show(now);
        shell.sourceSummaryProperty().bind(board.summaryProperty());
        // The status board sits in the side areas, which join the window after its first frame: built then.
        afterFirstFrame.execute(() -> {
            if (board == watched) {
                view.setStatusContent(StatusBoardView.load(watched, incidents::pin).root());
            }
        });
        live.metrics().ifPresent(metrics -> {
            EditPanelsAction edit = new EditPanelsAction(settings, shell, view.root(), drill::clock);
            dashboard = new LiveDashboard(metrics, s.panels(), incidents.zone(), shell.darkThemeProperty().get(),
                    drill.clock(), incidents::pin, () -> edit.run(dashboard, metrics), evidence::recordSeries,
                    drill.playing() ? LiveDashboard.DRILL_REFRESH : LiveDashboard.REFRESH, live.changeTimes(),
                    live.sharedTargets());
            dashboard.viewModel().setExtraRows(board.history()::rows);
            panelSets = panelSetsFor(dashboard);
            panelSets.start();
            incidents.current().ifPresent(this::follow);
            view.setDashboardContent(dashboard.view().root());
        });
    }

    /** Runs {@code action} once the dashboard has applied its first answer; at once without a dashboard. FX thread. */
    void afterFirstAnswer(Runnable action) {
        if (dashboard == null || dashboard.viewModel().answeredProperty().get()) {
            action.run();
            return;
        }
        ReadOnlyBooleanProperty answered = dashboard.viewModel().answeredProperty();
        answered.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                answered.removeListener(this);
                action.run();
            }
        });
    }

    /** True while a dashboard of charts is shown (the sources in force include metrics). */
    boolean drawsCharts() {
        return dashboard != null;
    }

    /** Imported Grafana dashboards on this dashboard; query variables asked of the real Prometheus, not a drill's. */
    private PanelSetSwitcher panelSetsFor(LiveDashboard shown) {
        Settings s = settings.settings();
        Optional<String> prom = drill.playing() ? Optional.empty() : options.sources(s).prometheus();
        LabelLookup lookup = null;
        if (prom.isPresent()) {
            try {
                lookup = new PrometheusLabelLookup(new PrometheusClient(new HttpFetcher(lookupClients()),
                        SourceOptions.configFor(SourceUrl.parse(prom.get()), s.sourceOptions())));
            } catch (IllegalArgumentException e) {
                lookup = null;
            }
        }
        return new PanelSetSwitcher(s, settings::save, shown.viewModel(), shown.variableBar(), lookup,
                prom.orElse(null), shown.background(), Platform::runLater, browser);
    }

    private HttpClients lookupClients() {
        if (lookupClients == null) {
            lookupClients = HttpClients.withDefaults();
        }
        return lookupClients;
    }

    /** Shades the incident window and marks its timeline entries on the charts. */
    void follow(IncidentWorkspace workspace) {
        Incident incident = workspace.incident();
        if (board != null) {
            board.setZone(incident.zone().zoneId());
            tick();
        }
        if (dashboard == null) {
            return;
        }
        dashboard.setMarkers(workspace.markers());
        dashboard.viewModel().setIncident(incident.start(), incident.end(), incident.zone().zoneId());
    }

    /** The clock ticked: the now strip's "for 12 min" moves on. */
    void tick() {
        if (now != null) {
            now.refresh(drill.clock().instant());
        }
    }

    void setDark(boolean dark) {
        if (dashboard != null) {
            dashboard.setDark(dark);
        }
    }

    /** The imported dashboard to show, or, without a dashboard, the one to show next time. */
    void showImported(String name) {
        if (panelSets != null) {
            panelSets.showImported(name);
        } else {
            settings.settings().setActivePanelSet(name);
            settings.save();
        }
    }

    void disconnect() {
        if (dashboard != null) {
            panelSets = null;
            dashboard.close();
            dashboard = null;
            view.setDashboardContent(null);
        }
        if (live != null) {
            // Stopping the pollers waits for a poll in flight (up to 2 s): never on the FX thread.
            Daemons.thread("sitrep-sources-close", live::close).start();
            live = null;
        }
        shell.sourceSummaryProperty().unbind();
    }

    @Override
    public void close() {
        disconnect();
        if (lookupClients != null) {
            lookupClients.close();
        }
    }
}
