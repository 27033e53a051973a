package sitrep.app;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import sitrep.chart.ChartRasterizer;
import sitrep.concurrent.Daemons;
import sitrep.ui.common.IconFallback;

/** The JavaFX application. Started by {@link Main} through {@link #launchAndWait}, never as a main class. */
public final class SitrepApp extends Application {

    /** How long the way out waits for the last notes and settings to reach the disk. */
    private static final Duration DRAIN = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(SitrepApp.class.getName());
    private static volatile LaunchOptions pending = LaunchOptions.none();
    /** The console of this run, for the launching thread to drain once the toolkit has stopped. */
    private static volatile Composition started;
    /** The settings and drill of this run, read while the toolkit starts (after a kept picture, once it is shown). */
    private static volatile CompletableFuture<StartState> startState;
    /** The start picture drawn ahead (StartPicture), empty when this start shows none. */
    private static volatile CompletableFuture<Optional<StartPicture.Drawn>> startPicture;
    /** The settings, and the start picture kept by an earlier start when one is found for this one. */
    private static volatile CompletableFuture<Ahead> ahead;
    /** Whether a kept start picture was found for this start; known before the drill is read. */
    private static volatile CompletableFuture<Boolean> pictureKept;

    /** What is known before the toolkit asks: the settings, and a kept start picture for this start, if any. */
    private record Ahead(SettingsStore.Loaded loaded, Optional<StartPicture.Drawn> kept,
                         Optional<StartPicture.Origin> origin, Runnable rest) {
    }
    private Composition composition;

    /** Opens the console and blocks until it is closed and what it was writing is on disk. */
    static int launchAndWait(LaunchOptions options) {
        pending = options;
        startState = new CompletableFuture<>();
        startPicture = new CompletableFuture<>();
        pictureKept = new CompletableFuture<>();
        // While the toolkit starts, the log is set up and the settings are read on a spare thread: the FX thread's
        // first job is the window.
        ahead = CompletableFuture.supplyAsync(() -> readAhead(options),
                work -> Daemons.thread("sitrep-start-read", work).start());
        // Before the toolkit reads it: without a graphics device, the pipeline JavaFX would end up with (11-09).
        SoftwareScreen.pipelineFor(System.getProperty(SoftwareScreen.PIPELINE_PROPERTY), SoftwareScreen.DEVICES)
                .ifPresent(p -> System.setProperty(SoftwareScreen.PIPELINE_PROPERTY, p));
        StopSignals.leaveThroughTheToolkit(() -> {
            Composition c = started;
            if (c != null) {
                c.quit();
            } else {
                Platform.exit();
            }
        });
        Application.launch(SitrepApp.class);
        StopSignals.toolkitLeft();
        Composition c = started;
        if (c != null) {
            // Here, on the launching thread, not in stop() on the FX thread: the window is gone, the writes go on.
            c.awaitStopped(DRAIN);
        }
        return 0;
    }

    /**
     * On the spare thread while the toolkit starts. A start picture kept for this start's sources (StartPicture) is
     * shown as soon as the window can be, and the rest of the start (the drill read, the first chart and the icons
     * warmed) waits until it is on screen: on two cores that work slowed the toolkit's start by as much as it took,
     * about 80 ms (decision 11-14). Without one, the drill is read and its first answer drawn into the picture now,
     * the first chart warmed beside.
     */
    private static Ahead readAhead(LaunchOptions options) {
        MaskingLogFormatter.install();
        Clock clock = Clock.systemDefaultZone();
        SettingsStore.Loaded loaded = options.settingsStore().load();
        Optional<StartPicture.Origin> origin = Optional.empty();
        Optional<StartPicture.Drawn> kept = Optional.empty();
        try {
            origin = StartPicture.Origin.of(options, loaded.settings());
            kept = origin.flatMap(o -> StartPicture.keptAhead(loaded.settings(), o));
        } catch (RuntimeException e) {
            // The picture only hastens the first frame: without a kept one, it is drawn.
            LOG.log(Level.DEBUG, "no kept start picture: " + e);
        }
        pictureKept.complete(kept.isPresent());
        if (kept.isPresent()) {
            startPicture.complete(kept);
            return new Ahead(loaded, kept, origin, () -> {
                Daemons.thread("sitrep-start-read", () -> {
                    try {
                        startState.complete(StartState.read(options, loaded, clock));
                    } catch (RuntimeException e) {
                        startState.completeExceptionally(e);
                    }
                }).start();
                warmUp();
            });
        }
        Daemons.thread("sitrep-chart-warmup", ChartRasterizer::warmUp).start();
        StartPicture.drawAhead(startState, origin.orElse(null)).thenAccept(startPicture::complete);
        startState.complete(StartState.read(options, loaded, clock));
        return new Ahead(loaded, kept, origin, () -> { });
    }

    /** The first chart and the icons warmed, each on a thread of its own. */
    private static void warmUp() {
        Daemons.thread("sitrep-chart-warmup", ChartRasterizer::warmUp).start();
        Daemons.thread("sitrep-icon-warmup", IconFallback::warmUp).start();
    }

    /** On the launcher thread, once the toolkit runs and before {@link #start}: what a spare core can do meanwhile. */
    @Override
    public void init() {
        pictureKept.thenAccept(kept -> {
            if (!kept) {
                Daemons.thread("sitrep-icon-warmup", IconFallback::warmUp).start();
            }
        });
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = pending;
        composition = new Composition(options, options.settingsStore(), Clock.systemDefaultZone());
        started = composition;
        composition.setBrowser(getHostServices()::showDocument);
        // The settings are read by now as a rule (the toolkit takes longer to start); the kept picture is shown before
        // the drill is read, a drawn one once it has been.
        Ahead a = ahead.join();
        if (a.kept().isPresent()) {
            composition.startOnKeptPicture(stage, a.loaded(), a.kept().get(), startState, a.rest());
        } else {
            composition.start(stage, startState.join(), startPicture, a.origin().orElse(null));
        }
        // Their pixels go once the console replaces the picture.
        startPicture = null;
        ahead = null;
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.stop();
        }
    }
}
