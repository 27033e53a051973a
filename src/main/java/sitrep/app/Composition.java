package sitrep.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.Suggestion;
import sitrep.source.MetricSource;
import sitrep.ui.dashboard.PanelEditorDialog;
import sitrep.ui.dashboard.PanelEditorViewModel;
import sitrep.incident.RecentIncidents;
import sitrep.incident.evidence.EvidenceRecorder;
import sitrep.source.drill.Drill;
import sitrep.ui.drill.DrillBannerView;
import sitrep.ui.drill.DrillBannerViewModel;
import javafx.util.Duration;
import sitrep.ui.common.Theme;
import sitrep.ui.shell.MainWindowView;
import sitrep.ui.shell.NewIncidentDialog;
import sitrep.ui.shell.NewIncidentFormViewModel;
import sitrep.ui.shell.SettingsDialog;
import sitrep.ui.shell.SettingsFormViewModel;
import sitrep.ui.shell.ShellViewModel;
import sitrep.ui.shell.SyncStatusViewModel;
import sitrep.ui.status.NowStripView;
import sitrep.ui.status.NowStripViewModel;
import sitrep.ui.status.StatusBoardView;
import sitrep.ui.status.StatusBoardViewModel;

/** The one place that wires the console together, by constructor, and owns its lifetime. */
public final class Composition implements MainWindowView.Actions {

    private static final System.Logger LOG = System.getLogger(Composition.class.getName());

    private final LaunchOptions options;
    private final SettingsStore store;
    private final Clock systemClock;
    /** The system clock, or the drill's scenario clock while a drill plays: everything reads time here. */
    private Clock clock;
    private Drill drill;
    private Timeline drillTicker;
    private final EvidenceTap evidence = new EvidenceTap();
    private final WindowPlacement placement = new WindowPlacement();
    private Settings settings;
    private ShellViewModel shell;
    private MainWindowView view;
    private Stage stage;
    private Timeline clockTimer;
    private LiveSources live;
    private IncidentWorkspace workspace;
    private LiveDashboard dashboard;
    private PanelSetSwitcher panelSets;
    private GrafanaImportAction grafanaImport;
    private java.util.function.Consumer<String> browser = url -> LOG.log(Level.INFO, "no browser to open " + url);
    private StatusBoardViewModel board;
    private TeamSharing teamSharing;
    private NowStripView nowStrip;
    private NowStripViewModel now;

    public Composition(LaunchOptions options, SettingsStore store, Clock clock) {
        this.options = options;
        this.store = store;
        this.clock = clock;
        this.systemClock = clock;
    }

    /** Builds the main window on the given stage and shows it. Call on the FX thread. */
    public void start(Stage stage) {
        this.stage = stage;
        SettingsStore.Loaded loaded = store.load();
        settings = loaded.settings();
        DrillChoice choice = DrillChoice.decide(options, settings, systemClock);
        drill = choice.drill();
        if (drill != null) {
            clock = drill.clock();
        }
        String drillProblem = choice.problem();

        shell = new ShellViewModel(shellSources(), ZoneId.systemDefault());
        shell.darkThemeProperty().set(settings.theme() == Settings.Theme.DARK);
        loaded.problem().ifPresent(shell::showNotice);
        if (drillProblem != null) {
            shell.showNotice(drillProblem);
        }
        Theme.useForNewControls(shell.darkThemeProperty().get());
        view = MainWindowView.load(shell, this, Version.current());
        SyncStatusViewModel syncStatus = new SyncStatusViewModel(ZoneId.systemDefault());
        view.setSyncStatus(syncStatus);
        teamSharing = new TeamSharing(() -> settings, this::save, syncStatus, shell::showNotice,
                dir -> open(dir, defaultIncident(dir)));
        nowStrip = NowStripView.load(shell.clockProperty());
        view.setNowStrip(nowStrip.root(), nowStrip.commandSlot());

        Scene scene = new Scene(view.root());
        FirstDataFrameWatch.install(scene);
        Theme.apply(scene, shell.darkThemeProperty().get());
        shell.darkThemeProperty().addListener((obs, was, dark) -> {
            Theme.apply(scene, dark);
            if (dashboard != null) {
                dashboard.setDark(dark);
            }
            settings.setTheme(dark ? Settings.Theme.DARK : Settings.Theme.LIGHT);
            save();
        });

        stage.setTitle("Sitrep");
        stage.getIcons().add(new Image(Composition.class.getResource("icon-64.png").toExternalForm()));
        stage.setScene(scene);
        placement.restore(stage, settings.window());
        stage.setOnCloseRequest(e -> saveLayout());

        shell.tick(clock.instant());
        clockTimer = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            shell.tick(clock.instant());
            if (now != null) {
                now.refresh(clock.instant());
            }
        }));
        clockTimer.setCycleCount(Timeline.INDEFINITE);
        clockTimer.play();

        view.setRecentIncidents(settings.recentIncidents());
        showDrillBanner();
        connectSources();
        stage.show();
        if (drill != null) {
            Path dir = options.incident().orElseGet(DrillChoice::newFolder);
            open(dir, drill.incident());
        } else {
            options.incident().ifPresent(dir -> open(dir, defaultIncident(dir)));
        }
        // SplitPane applies divider positions only once it has a size.
        Platform.runLater(() -> {
            WindowPlacement.restoreDividers(view.mainSplit(), view.leftSplit(), settings.window());
            if (!WindowPlacement.savedMainDivider(settings.window())) {
                view.collapseSidePanel();
            }
        });
        LOG.log(Level.INFO, "console window shown (settings: " + store.file() + ")");
    }

    private ShellViewModel.Sources shellSources() {
        LaunchOptions.EffectiveSources s = options.sources(settings);
        return new ShellViewModel.Sources(s.prometheus(), s.alertmanager(), s.statusPages());
    }

    /** The now strip, whose command slot takes the incident's status, severity and commander. */
    public NowStripView nowStrip() {
        return nowStrip;
    }

    /** Saves the window layout; called when the window closes and when the application stops. */
    public void saveLayout() {
        if (stage == null || view == null) {
            return;
        }
        settings.setWindow(placement.capture(stage, view.mainSplit(), view.leftSplit()));
        save();
    }

    public void stop() {
        if (clockTimer != null) {
            clockTimer.stop();
        }
        disconnectSources();
        closeIncident();
        if (teamSharing != null) {
            teamSharing.close();
        }
        if (grafanaImport != null) {
            grafanaImport.close();
        }
        if (lookupClients != null) {
            lookupClients.close();
        }
        if (drillTicker != null) {
            drillTicker.stop();
        }
    }

    private void showDrillBanner() {
        if (drill == null) {
            view.setDrillBanner(null);
            return;
        }
        DrillBannerViewModel banner = new DrillBannerViewModel(drill.title(), drill.clock(), drill.injects(),
                drill.start(), drill.end(), drill.zone().zoneId(), drill.zone().label());
        view.setDrillBanner(DrillBannerView.load(banner, this::openSettings).root());
        drillTicker = new Timeline(new KeyFrame(Duration.millis(500), e -> banner.tick()));
        drillTicker.setCycleCount(Timeline.INDEFINITE);
        drillTicker.play();
    }

    /** The user connected real sources: the drill stops and time is the wall clock's again. */
    private void stopDrill() {
        if (drillTicker != null) {
            drillTicker.stop();
        }
        drill = null;
        clock = systemClock;
        view.setDrillBanner(null);
    }

    private void closeIncident() {
        evidence.detach();
        if (workspace != null) {
            view.setCommandSummary(null, null);
            if (teamSharing != null) {
                teamSharing.closed();
            }
            workspace.close();
            workspace = null;
        }
    }

    /** A folder opened without incident.json becomes an incident named after it, starting now. */
    private Incident defaultIncident(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new Incident(name == null ? "Incident" : name.toString(), IncidentZone.of(ZoneId.systemDefault()),
                clock.instant(), null, "", Map.of(), false);
    }

    private void open(Path dir, Incident ifNew) {
        IncidentWorkspace opened;
        try {
            opened = IncidentWorkspace.open(dir, settings.author(), ifNew, clock, settings.commandPolicy());
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "could not open incident " + dir + ": " + e);
            shell.showNotice("Could not open the incident in " + dir + ": " + e.getMessage());
            return;
        }
        closeIncident();
        workspace = opened;
        recordEvidence(opened);
        Incident incident = opened.incident();
        shell.setIncident(incident.title(), incident.start(), incident.zone().zoneId(), incident.zone().label());
        shell.tick(clock.instant());
        view.setTimelineContent(opened.view().root());
        view.setPostmortemContent(opened.postmortemView().root());
        view.setCommandSummary(opened.commandSummary().root(), opened.commandSummary().dialogs());
        view.selectTimeline();
        opened.view().focusEntry();
        followIncident();
        teamSharing.opened(opened.dir());
        settings.setRecentIncidents(RecentIncidents.ofStrings(settings.recentIncidents()).opened(opened.dir())
                .asStrings());
        view.setRecentIncidents(settings.recentIncidents());
        save();
    }

    private void recordEvidence(IncidentWorkspace opened) {
        try {
            evidence.attach(EvidenceRecorder.open(opened.evidenceDir(), settings.evidenceCapBytes(), clock,
                    problem -> Platform.runLater(() -> shell.showNotice("Evidence recording stopped: " + problem))));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot record evidence in " + opened.evidenceDir() + ": " + e);
            shell.showNotice("Not recording evidence for this incident: " + e.getMessage());
        }
    }

    @Override
    public void newIncident() {
        NewIncidentFormViewModel form = new NewIncidentFormViewModel(ZoneId.systemDefault().getId(),
                Path.of(System.getProperty("user.home"), "incidents"));
        NewIncidentDialog.showAndWait(stage, form).ifPresent(v -> open(v.folder(),
                new Incident(v.title(), v.zone(), clock.instant(), null, "", Map.of(), false)));
    }

    @Override
    public void openIncident() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open an incident folder (a new folder starts a new incident)");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            open(dir.toPath(), defaultIncident(dir.toPath()));
        }
    }

    @Override
    public void openIncident(String folder) {
        Path dir = Path.of(folder);
        open(dir, defaultIncident(dir));
    }

    @Override
    public void shareIncident() {
        if (workspace == null) {
            shell.showNotice("Open or create an incident first; then share it with the team store.");
            return;
        }
        teamSharing.share(stage, workspace.dir(), workspace.incident().title());
    }

    @Override
    public void joinIncident() {
        teamSharing.join(stage);
    }

    @Override
    public void newNote() {
        if (workspace == null) {
            newIncident();
            return;
        }
        view.selectTimeline();
        workspace.view().focusEntry();
    }

    @Override
    public void undoTimeline() {
        if (workspace != null) {
            workspace.timeline().undo();
        }
    }

    @Override
    public void redoTimeline() {
        if (workspace != null) {
            workspace.timeline().redo();
        }
    }

    /** Starts polling the sources in force, replacing any earlier pollers, and shows their board. */
    private void connectSources() {
        disconnectSources();
        board = new StatusBoardViewModel(zone(), clock);
        board.onTransition(t -> {
            if (workspace != null) {
                workspace.suggest(t);
            }
        });
        live = drill != null
                ? LiveSources.drill(drill, board, Platform::runLater, evidence)
                : LiveSources.start(options.sources(settings), settings.sourceOptions(), board, Platform::runLater,
                        clock, evidence);
        if (!live.rejected().isEmpty()) {
            shell.showNotice(String.join(" ", live.rejected()));
        }
        if (live.isEmpty()) {
            view.setStatusContent(null);
            now = null;
            nowStrip.show(null);
            return;
        }
        now = new NowStripViewModel(board);
        StatusBoardViewModel watched = board;
        javafx.beans.InvalidationListener changed = o -> {
            if (now != null && board == watched) {
                now.refresh(clock.instant());
            }
        };
        board.alerts().addListener(changed);
        board.components().addListener(changed);
        now.refresh(clock.instant());
        nowStrip.show(now);
        shell.sourceSummaryProperty().bind(board.summaryProperty());
        view.setStatusContent(StatusBoardView.load(board, this::pin).root());
        live.metrics().ifPresent(metrics -> {
            dashboard = new LiveDashboard(metrics, settings.panels(), zone(), shell.darkThemeProperty().get(),
                    clock, this::pin, () -> editPanels(metrics), evidence::recordSeries,
                    drill != null ? LiveDashboard.DRILL_REFRESH : LiveDashboard.REFRESH, live.changeTimes(),
                    live.sharedTargets());
            dashboard.viewModel().setExtraRows(board.history()::rows);
            panelSets = panelSetsFor(dashboard);
            panelSets.start();
            followIncident();
            view.setDashboardContent(dashboard.view().root());
        });
    }

    /** Imported Grafana dashboards on this dashboard; query variables asked of the real Prometheus, not a drill's. */
    private PanelSetSwitcher panelSetsFor(LiveDashboard live) {
        java.util.Optional<String> prom = drill != null ? java.util.Optional.empty()
                : options.sources(settings).prometheus();
        sitrep.panels.grafana.LabelLookup lookup = null;
        if (prom.isPresent()) {
            try {
                lookup = new PrometheusLabelLookup(new sitrep.source.prometheus.PrometheusClient(
                        new sitrep.source.HttpFetcher(lookupClients()), SourceOptions.configFor(
                                sitrep.domain.SourceUrl.parse(prom.get()), settings.sourceOptions())));
            } catch (IllegalArgumentException e) {
                lookup = null;
            }
        }
        return new PanelSetSwitcher(settings, this::save, live.viewModel(), live.variableBar(), lookup,
                prom.orElse(null), live.background(), Platform::runLater, url -> browser.accept(url));
    }

    private sitrep.source.HttpClients lookupClients;

    private sitrep.source.HttpClients lookupClients() {
        if (lookupClients == null) {
            lookupClients = sitrep.source.HttpClients.withDefaults();
        }
        return lookupClients;
    }

    /** How links open: the application's host services, set once the window exists. */
    public void setBrowser(java.util.function.Consumer<String> opener) {
        browser = opener;
    }

    @Override
    public void importGrafanaDashboard() {
        sitrep.ui.panels.GrafanaImportDialog.ask(stage).ifPresent(where -> {
            if (grafanaImport == null) {
                grafanaImport = new GrafanaImportAction(settings, this::save, shell::showNotice);
            }
            grafanaImport.run(where, name -> {
                if (panelSets != null) {
                    panelSets.showImported(name);
                } else {
                    settings.setActivePanelSet(name);
                    save();
                }
            });
        });
    }

    private void editPanels(MetricSource metrics) {
        if (settings.activePanelSet() != null) {
            shell.showNotice("\"" + settings.activePanelSet() + "\" is an imported Grafana dashboard: edit it in"
                    + " Grafana and import it again, or choose Default panels above the charts to edit those.");
            return;
        }
        PanelEditorViewModel editor = new PanelEditorViewModel(dashboard.viewModel().definitions());
        PanelEditorDialog.showAndWait(stage, editor, metrics, clock::instant, dashboard.background(),
                Platform::runLater, settings.defaultPanels()).ifPresent(panels -> {
                    settings.setPanels(panels);
                    save();
                    dashboard.viewModel().setDefinitions(panels);
                });
    }

    private ZoneId zone() {
        return workspace == null ? ZoneId.systemDefault() : workspace.incident().zone().zoneId();
    }

    /** A pinned chart point or alert becomes a suggested timeline entry; without an incident, say so. */
    private void pin(Suggestion suggestion) {
        if (workspace == null) {
            shell.showNotice("Pinned points go to an incident's timeline: open or create one first (Ctrl+Shift+N).");
            return;
        }
        workspace.timeline().offerSuggestion(suggestion);
        view.selectTimeline();
    }

    /** Shades the incident window and marks its timeline entries on the charts. */
    private void followIncident() {
        if (workspace == null) {
            return;
        }
        Incident incident = workspace.incident();
        if (board != null) {
            board.setZone(incident.zone().zoneId());
        }
        if (dashboard == null) {
            return;
        }
        dashboard.setMarkers(workspace.markers());
        dashboard.viewModel().setIncident(incident.start(), incident.end(), incident.zone().zoneId());
    }

    private void disconnectSources() {
        if (dashboard != null) {
            panelSets = null;
            dashboard.close();
            dashboard = null;
            view.setDashboardContent(null);
        }
        if (live != null) {
            live.close();
            live = null;
        }
        if (shell != null) {
            shell.sourceSummaryProperty().unbind();
        }
    }

    private void save() {
        try {
            store.save(settings);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "could not save settings to " + store.file() + ": " + e);
            shell.showNotice("Could not save settings to " + store.file() + ": " + e.getMessage());
        }
    }

    @Override
    public void openSettings() {
        SettingsFormViewModel form = new SettingsFormViewModel(new SettingsFormViewModel.Values(
                Optional.ofNullable(settings.prometheusUrl()), Optional.ofNullable(settings.alertmanagerUrl()),
                settings.statusUrls(), Optional.of(settings.author()), settings.evidenceCapMiB()));
        boolean overridden = options.prometheus().isPresent() || options.alertmanager().isPresent()
                || !options.statusPages().isEmpty();
        String hint = overridden
                ? "Sources given on the command line override these saved values for this run."
                : "Saved to " + store.file();
        SettingsDialog.showAndWait(stage, form, hint).ifPresent(values -> {
            settings.setPrometheusUrl(values.prometheus().orElse(null));
            settings.setAlertmanagerUrl(values.alertmanager().orElse(null));
            settings.setStatusUrls(values.statusPages());
            settings.setAuthor(values.author().orElse(null));
            settings.setEvidenceCapMiB(values.evidenceCapMiB());
            save();
            disconnectSources();
            if (drill != null && !options.sources(settings).isEmpty()) {
                stopDrill();
            }
            shell.setSources(shellSources());
            connectSources();
        });
    }

    @Override
    public void quit() {
        saveLayout();
        Platform.exit();
    }
}
