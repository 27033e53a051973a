package sitrep.app;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import sitrep.ui.common.Theme;
import sitrep.ui.shell.MainWindowView;
import sitrep.ui.shell.ShellViewModel;
import sitrep.ui.shell.SyncStatusViewModel;
import sitrep.ui.status.NowStripView;

/**
 * The one place that wires the console together, by constructor, and owns its lifetime. It only wires: the live side
 * is {@link LiveSession}, the open incident {@link IncidentSwitcher}, the menus {@link WindowActions}, the settings
 * and their saving {@link SettingsSaver}. Disk work (settings saves, journal replay, closing a journal) runs off the
 * FX thread; {@link #awaitStopped} lets it finish on the way out.
 */
public final class Composition {

    private static final System.Logger LOG = System.getLogger(Composition.class.getName());

    private final LaunchOptions options;
    private final SettingsStore store;
    private final Clock systemClock;
    private Consumer<String> browser = url -> LOG.log(Level.INFO, "no browser to open " + url);
    /** Everything {@link #start} made, set once; null before start. */
    private Running running;
    /** Set by {@link #stop()}: a build still waiting behind the start picture does not run. FX thread. */
    private boolean stopped;

    /** The parts of a started console that its stop has to reach. */
    private record Running(Stage stage, MainWindowView view, SettingsSaver settings, DrillSession drill,
                           IncidentSwitcher incidents, TeamSharing teamSharing, LiveSession live,
                           GrafanaImportAction grafanaImport, NowStripView nowStrip, Timeline clockTimer,
                           WindowActions actions, Runnable saveLayout, FirstDataFrameWatch firstFrame) {
    }

    public Composition(LaunchOptions options, SettingsStore store, Clock clock) {
        this.options = options;
        this.store = store;
        this.systemClock = clock;
    }

    /** Builds the main window on the given stage and shows it. Call on the FX thread. */
    public void start(Stage stage) {
        start(stage, StartState.read(options, store, systemClock));
    }

    /** As {@link #start(Stage)}, with the settings and drill already read (off the FX thread). */
    void start(Stage stage, StartState state) {
        start(stage, state, null);
    }

    /**
     * As {@link #start(Stage, StartState)}; a drill's start first shows the picture drawn ahead ({@code picture},
     * null for none) and builds the window behind it (StartPicture).
     */
    void start(Stage stage, StartState state, CompletableFuture<Optional<StartPicture.Drawn>> picture) {
        start(stage, state, picture, null);
    }

    /**
     * As {@link #start(Stage, StartState, CompletableFuture)}; a picture drawn again at the window's size is kept
     * findable ahead too when the drill's {@code origin} is known (null: by its inputs only).
     */
    void start(Stage stage, StartState state, CompletableFuture<Optional<StartPicture.Drawn>> picture,
               StartPicture.Origin origin) {
        WindowPlacement placement = new WindowPlacement();
        placement.restore(stage, state.loaded().settings().window());
        Dimension2D size = WindowPlacement.sceneSize(stage);
        Optional<StartPicture> drawsPicture = StartPicture.of(state, KeptPicture.forThisBuild(), origin);
        if (picture != null && drawsPicture.isPresent()) {
            StartPictureStage.show(stage, size, picture, drawsPicture.get(),
                    afterPicture -> build(stage, state, placement, size, afterPicture));
        } else {
            build(stage, state, placement, size, false);
        }
    }

    /**
     * As {@link #start(Stage, StartState, CompletableFuture)} for a start whose picture was kept by an earlier one
     * ({@link StartPicture#keptAhead}): the window is placed by the settings and shows the picture before the drill is
     * read; once it is on screen, {@code rest} starts the rest of the start (which reads {@code state}), and the
     * console is built behind the picture when the state is read. A window of another size than the picture's shows
     * none, and is built once the state is read.
     */
    void startOnKeptPicture(Stage stage, SettingsStore.Loaded loaded, StartPicture.Drawn kept,
                            CompletableFuture<StartState> state, Runnable rest) {
        WindowPlacement placement = new WindowPlacement();
        placement.restore(stage, loaded.settings().window());
        Dimension2D size = WindowPlacement.sceneSize(stage);
        boolean fits = kept.width() == (int) size.getWidth() && kept.height() == (int) size.getHeight();
        StartPictureStage.show(stage, size, CompletableFuture.completedFuture(fits ? Optional.of(kept) : Optional.empty()),
                null, afterPicture -> {
                    rest.run();
                    state.whenComplete((s, failed) -> Platform.runLater(() -> {
                        if (failed != null) {
                            StartPictureStage.exitWith(failed);
                        } else {
                            StartPictureStage.buildOrExit(() -> build(stage, s, placement, size, afterPicture));
                        }
                    }));
                });
    }

    private void build(Stage stage, StartState state, WindowPlacement placement, Dimension2D size,
                       boolean afterPicture) {
        if (stopped) {
            return; // closed while the start picture was up: nothing to build
        }
        SettingsStore.Loaded loaded = state.loaded();
        Settings loadedSettings = loaded.settings();
        DrillChoice choice = state.choice();
        DrillSession drill = new DrillSession(choice.drill(), systemClock);

        ShellViewModel shell = new ShellViewModel(SourcesSettingsAction.shellSources(options, loadedSettings),
                ZoneId.systemDefault());
        shell.darkThemeProperty().set(loadedSettings.theme() == Settings.Theme.DARK);
        loaded.problem().ifPresent(shell::showNotice);
        if (choice.problem() != null) {
            shell.showNotice(choice.problem());
        }
        SettingsSaver settings = new SettingsSaver(store, loadedSettings, Platform::runLater, shell::showNotice);
        WindowActions actions = new WindowActions();
        Theme.useForNewControls(shell.darkThemeProperty().get());
        MainWindowView view = MainWindowView.load(shell, actions, Version.current());
        SyncStatusViewModel syncStatus = new SyncStatusViewModel(ZoneId.systemDefault());
        view.setSyncStatus(syncStatus);
        NowStripView nowStrip = NowStripView.load(shell.clockProperty());
        view.setNowStrip(nowStrip.root(), nowStrip.commandSlot());

        Scene scene = new Scene(view.root(), size.getWidth(), size.getHeight());
        FirstDataFrameWatch firstFrame = afterPicture
                ? FirstDataFrameWatch.installAfterPicture(scene) : FirstDataFrameWatch.install(scene);
        EvidenceTap evidence = new EvidenceTap();
        IncidentSwitcher incidents = new IncidentSwitcher(view, shell, settings, drill::clock, evidence,
                Platform::runLater, firstFrame.afterFirstFrame());
        TeamSharing teamSharing = new TeamSharing(settings::settings, settings::save, syncStatus, shell::showNotice,
                incidents::open);
        LiveSession live = new LiveSession(options, settings, drill, view, shell, nowStrip, incidents, evidence,
                url -> browser.accept(url), firstFrame.afterFirstFrame());
        incidents.onOpened(w -> {
            live.follow(w);
            teamSharing.opened(w.dir());
        });
        incidents.onClosed(teamSharing::closed);
        // First of what the window shows: the dashboard's first answer is fetched and drawn on other threads while
        // the FX thread wires the rest, and the window is shown with it (below).
        live.connect();

        Theme.apply(scene, shell.darkThemeProperty().get());
        shell.darkThemeProperty().addListener((obs, was, dark) -> {
            Theme.apply(scene, dark);
            live.setDark(dark);
            settings.settings().setTheme(dark ? Settings.Theme.DARK : Settings.Theme.LIGHT);
            settings.save();
        });
        stage.setTitle("Sitrep");
        stage.getIcons().add(new Image(Composition.class.getResource("icon-64.png").toExternalForm()));
        if (!afterPicture) {
            stage.setScene(scene);
        }
        // Until the start-up layout has set the splits, they hold the FXML's defaults, not the user's: kept as loaded.
        boolean[] laidOut = {false};
        Runnable saveLayout = () -> {
            Settings.WindowState now = placement.capture(stage, view.mainSplit(), view.leftSplit());
            settings.settings().setWindow(laidOut[0] ? now
                    : WindowPlacement.withDividersOf(now, loadedSettings.window()));
            settings.save();
        };
        stage.setOnCloseRequest(e -> saveLayout.run());

        // Its thread starts with the first import, not here.
        GrafanaImportAction grafanaImport = new GrafanaImportAction(loadedSettings, settings::save, shell::showNotice);
        actions.attach(new IncidentActions(stage, view, shell, incidents, teamSharing, drill::clock),
                new SourcesSettingsAction(stage, options, settings, drill, live, view, shell),
                grafanaImport, live, stage, saveLayout);

        shell.tick(drill.clock().instant());
        Timeline clockTimer = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            shell.tick(drill.clock().instant());
            live.tick();
        }));
        clockTimer.setCycleCount(Timeline.INDEFINITE);
        clockTimer.play();
        running = new Running(stage, view, settings, drill, incidents, teamSharing, live, grafanaImport, nowStrip,
                clockTimer, actions, saveLayout, firstFrame);

        view.setRecentIncidents(loadedSettings.recentIncidents());
        drill.showBanner(view, actions::openSettings);
        Runnable startLayout = () -> {
            WindowPlacement.restoreDividers(view.mainSplit(), view.leftSplit(), loadedSettings.window());
            if (!WindowPlacement.savedMainDivider(loadedSettings.window())) {
                view.collapseSidePanel();
            }
            laidOut[0] = true;
        };
        // The first frame is the dashboard with its banners; the menus and side areas join once it is on screen.
        view.holdBackChrome(firstFrame.afterFirstFrame(), startLayout);
        FirstShow.arm(stage, scene, firstFrame, live, afterPicture, () -> stopped, store.file().toString());
        // The incident opens in the background: the window and the drill's data come first. Showing it brings the
        // timeline forward, so the start-up layout (a folded side panel on a narrow window) is laid again after.
        if (drill.playing()) {
            Path dir = options.incident().orElseGet(DrillChoice::newFolder);
            incidents.open(dir, drill.drill().incident(), startLayout);
        } else {
            options.incident().ifPresent(dir -> incidents.open(dir, incidents.defaultIncident(dir), startLayout));
        }
    }

    /** The now strip, whose command slot takes the incident's status, severity and commander. */
    public NowStripView nowStrip() {
        return running == null ? null : running.nowStrip();
    }

    /** How links open: the application's host services, set once the window exists. */
    public void setBrowser(Consumer<String> opener) {
        browser = opener;
    }

    /** File > Quit, as the menu does it: the layout saved, then the toolkit's exit (only the exit before start). */
    public void quit() {
        if (running == null) {
            Platform.exit();
        } else {
            running.actions().quit();
        }
    }

    /** File > Settings…, as the menu does it. FX thread. */
    public void openSettings() {
        running.actions().openSettings();
    }

    /** Incident > Open recent with this folder, as the menu does it. FX thread. */
    public void openIncidentFolder(Path dir) {
        running.actions().openIncident(dir.toString());
    }

    /** Saves the window layout (in the background); called when the window closes and when the application quits. */
    public void saveLayout() {
        if (running != null) {
            running.saveLayout().run();
        }
    }

    /**
     * True while the window waits for its first chart to show the rest, an incident is opening or closing or a
     * settings save is on its way to the disk. Any thread: tests wait for it before they read what the console wrote.
     */
    public boolean busy() {
        Running r = running;
        return r != null && (r.incidents().pending() > 0 || r.settings().saving() || !r.firstFrame().isOpen());
    }

    /** Stops the console's parts; their disk work goes on in the background (see {@link #awaitStopped}). FX thread. */
    public void stop() {
        stopped = true;
        Running r = running;
        if (r == null) {
            return;
        }
        r.clockTimer().stop();
        // An incident opened and waiting for the first frame is shown now, so that it is closed like any other.
        r.firstFrame().open();
        r.live().close();
        r.incidents().close();
        r.teamSharing().close();
        r.grafanaImport().close();
        r.drill().close();
    }

    /**
     * Waits (up to {@code wait} for each) until the notes of the last incident are written and its journal closed,
     * and the last settings save is on disk. Call after {@link #stop()}, off the FX thread: the way out of the app.
     */
    public void awaitStopped(Duration wait) {
        Running r = running;
        if (r == null) {
            return;
        }
        r.incidents().closeAndWait(wait);
        r.teamSharing().awaitClosed(wait);
        r.settings().closeAndWait(wait);
    }
}
