package sitrep.app;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import sitrep.chart.RenderedFrame;
import sitrep.chart.SeriesDataset;
import sitrep.ui.dashboard.ChartView;

/**
 * Logs once, "first chart with data on screen N ms after the process started", when the window first shows a
 * chart frame that draws at least one point. The start-up benchmark and a person reading the log both time
 * the console's start-up by this line.
 *
 * <p>Honest about "on screen": a frame is seen in a pulse's layout phase, before that pulse renders it; the
 * line is written two pulses later, because each pulse waits for the previous pulse's rendering before it
 * syncs the scene, so by then the frame has been drawn to the window. It over-reads by at most two pulses.
 *
 * <p>It is also the gate for start-up work that can wait ({@link #afterFirstFrame()}): what is handed to it runs
 * once that line is written, or {@link #FALLBACK} after the watch began when no chart with data comes (no metrics
 * source, a server that does not answer). FX thread only.
 */
final class FirstDataFrameWatch implements Runnable {

    private static final System.Logger LOG = System.getLogger(FirstDataFrameWatch.class.getName());
    private static final int PULSES_AFTER_SEEN = 2;
    /** How long work handed to the gate waits for a first chart with data at most. */
    static final javafx.util.Duration FALLBACK = javafx.util.Duration.seconds(2);

    private final Scene scene;
    private int pulsesLeft = -1;
    /** Work waiting for the first frame; null once the gate is open. */
    private List<Runnable> waiting = new ArrayList<>();
    /** The gate is open; read from any thread ({@link #isOpen}). */
    private volatile boolean opened;

    private FirstDataFrameWatch(Scene scene) {
        this.scene = scene;
    }

    /**
     * Watches the scene's pulses until a chart with data is on screen, logs that once, and stops watching. The
     * gate opens then, or after {@link #FALLBACK}.
     */
    static FirstDataFrameWatch install(Scene scene) {
        return install(scene, FALLBACK);
    }

    /** As {@link #install(Scene)}, with the gate opening after {@code fallback} at the latest. */
    static FirstDataFrameWatch install(Scene scene, javafx.util.Duration fallback) {
        FirstDataFrameWatch watch = new FirstDataFrameWatch(scene);
        scene.addPostLayoutPulseListener(watch);
        PauseTransition fallbackTimer = new PauseTransition(fallback);
        fallbackTimer.setOnFinished(e -> watch.open());
        fallbackTimer.play();
        return watch;
    }

    /**
     * Runs what it is given on the FX thread once the first chart with data is on screen (or the fallback passed);
     * right away after that. For work the first frame should not wait behind.
     */
    Executor afterFirstFrame() {
        return action -> {
            if (waiting == null) {
                action.run();
            } else {
                waiting.add(action);
            }
        };
    }

    /** Runs what waits and lets everything after it through; the console's stop calls it too. Idempotent. */
    void open() {
        List<Runnable> due = waiting;
        waiting = null;
        if (due != null) {
            due.forEach(Runnable::run);
        }
        opened = true;
    }

    /** True once what waited for the first frame has run. Any thread. */
    boolean isOpen() {
        return opened;
    }

    @Override
    public void run() {
        if (pulsesLeft < 0) {
            if (!showsData(scene.getRoot())) {
                return;
            }
            pulsesLeft = PULSES_AFTER_SEEN;
        }
        if (pulsesLeft-- > 0) {
            Platform.requestNextPulse();
            return;
        }
        scene.removePostLayoutPulseListener(this);
        LOG.log(Level.INFO, "first chart with data on screen " + sinceProcessStart().toMillis()
                + " ms after the process started");
        open();
    }

    private static Duration sinceProcessStart() {
        // Started by java -jar through a second, tuned JVM: timed from the first one (TunedJvm).
        Long first = Long.getLong(TunedJvm.STARTED);
        return first != null ? Duration.between(Instant.ofEpochMilli(first), Instant.now()) : ProcessAge.now();
    }

    private static boolean showsData(Node node) {
        if (node instanceof ChartView chart) {
            RenderedFrame frame = chart.frame();
            return frame != null && chart.isVisible() && hasPoints(frame);
        }
        if (node instanceof Parent parent && parent.isVisible()) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (showsData(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasPoints(RenderedFrame frame) {
        for (SeriesDataset.Series s : frame.spec().series()) {
            if (s.points().size() > 0) {
                return true;
            }
        }
        return false;
    }
}
