package sitrep.app;

import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For tests of the whole console, started through {@link Composition} on the toolkit's primary stage (Monocle when
 * headless): a temporary folder holding its settings file, start, wait until idle, stop and drain, clean the stages.
 * At most one console runs at a time; one still running after a test is stopped and drained, so the next test never
 * sees its notes or settings still being written.
 */
public abstract class WholeConsoleFxTest extends FxRobot {

    /** This test's folder: the settings file is in it, and a test puts its incidents and files here too. */
    @TempDir
    protected Path dir;

    private Composition composition;
    private Stage stage;

    @BeforeAll
    protected static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Stops and drains the console, and closes its window, as after each test. */
    @AfterEach
    protected void closeConsole() throws Exception {
        stopAndDrain();
        FxToolkit.cleanupStages();
    }

    /** The file the console reads and saves its settings in; a test may write it before {@link #start}. */
    protected Path settingsFile() {
        return dir.resolve("settings.json");
    }

    /** Starts the console as {@code sitrep} would with these options, then waits until it is idle. */
    protected Stage start(LaunchOptions options, Clock clock) {
        if (composition != null) {
            throw new IllegalStateException("a console is running already: stopAndDrain() it first");
        }
        AtomicReference<Stage> shown = new AtomicReference<>();
        try {
            FxToolkit.setupStage(s -> {
                composition = new Composition(options, new SettingsStore(settingsFile()), clock);
                composition.start(s);
                shown.set(s);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the console's window did not open", e);
        }
        stage = shown.get();
        awaitIdle();
        return stage;
    }

    /** As {@link #start(LaunchOptions, Clock)} on the system clock. */
    protected Stage start(LaunchOptions options) {
        return start(options, Clock.systemUTC());
    }

    /**
     * Waits until nothing is opening, closing or saving, and the FX thread has shown the outcome, as a person waits
     * for "Opening…" to go. An incident opened at start-up counts until it is shown, which waits for the first chart
     * with data (or the fallback after the window opened).
     */
    protected void awaitIdle() {
        waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !composition().busy());
        } catch (TimeoutException e) {
            throw new AssertionError("the console was still opening an incident or saving settings after 20 s");
        }
        waitForFxEvents();
    }

    /**
     * Stops the console as quitting does, and returns once its last notes and settings are on disk. Nothing happens
     * if none is running; after it, {@link #start} may start the next one.
     */
    protected void stopAndDrain() {
        Composition running = composition;
        if (running == null) {
            return;
        }
        composition = null;
        stage = null;
        interact(running::stop);
        running.awaitStopped(Duration.ofSeconds(10));
    }

    /** The options of {@code sitrep --incident <folder>}: the console opens that incident as it starts. */
    protected static LaunchOptions openingIncident(Path folder) {
        return new LaunchOptions(Optional.empty(), Optional.empty(), List.of(), Optional.of(folder), Optional.empty(),
                Optional.empty());
    }

    /** The running console. */
    protected Composition composition() {
        if (composition == null) {
            throw new IllegalStateException("no console is running: start() one first");
        }
        return composition;
    }

    /** The running console's window. */
    protected Stage stage() {
        composition();
        return stage;
    }
}
