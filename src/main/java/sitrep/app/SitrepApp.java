package sitrep.app;

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
    private static volatile LaunchOptions pending = LaunchOptions.none();
    /** The console of this run, for the launching thread to drain once the toolkit has stopped. */
    private static volatile Composition started;
    /** The settings and drill of this run, read while the toolkit starts. */
    private static volatile CompletableFuture<StartState> startState;
    /** The start picture drawn ahead (StartPicture), empty when this start shows none. */
    private static volatile CompletableFuture<Optional<StartPicture.Drawn>> startPicture;
    private Composition composition;

    /** Opens the console and blocks until it is closed and what it was writing is on disk. */
    static int launchAndWait(LaunchOptions options) {
        pending = options;
        // While the toolkit starts, the log is set up and the settings and the drill are read on one spare thread,
        // and the first chart is drawn warm on another (JFreeChart and Java2D load): the FX thread's first job is
        // the window.
        startState = CompletableFuture.supplyAsync(() -> {
            MaskingLogFormatter.install();
            return StartState.read(options, options.settingsStore(), Clock.systemDefaultZone());
        }, work -> Daemons.thread("sitrep-start-read", work).start());
        // A drill's first answer drawn into the picture the window shows first, at the size it will most likely have.
        startPicture = StartPicture.drawAhead(startState);
        Daemons.thread("sitrep-chart-warmup", ChartRasterizer::warmUp).start();
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

    /** On the launcher thread, once the toolkit runs and before {@link #start}: what a spare core can do meanwhile. */
    @Override
    public void init() {
        Daemons.thread("sitrep-icon-warmup", IconFallback::warmUp).start();
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = pending;
        composition = new Composition(options, options.settingsStore(), Clock.systemDefaultZone());
        started = composition;
        composition.setBrowser(getHostServices()::showDocument);
        composition.start(stage, startState.join(), startPicture);
        startPicture = null; // its pixels go once the console replaces the picture
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.stop();
        }
    }
}
