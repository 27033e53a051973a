package sitrep.app;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
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
 */
final class FirstDataFrameWatch implements Runnable {

    private static final System.Logger LOG = System.getLogger(FirstDataFrameWatch.class.getName());
    private static final int PULSES_AFTER_SEEN = 2;

    private final Scene scene;
    private int pulsesLeft = -1;

    private FirstDataFrameWatch(Scene scene) {
        this.scene = scene;
    }

    /** Watches the scene's pulses until a chart with data is on screen, logs that once, and stops watching. */
    static void install(Scene scene) {
        scene.addPostLayoutPulseListener(new FirstDataFrameWatch(scene));
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
    }

    private static Duration sinceProcessStart() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(started, Instant.now());
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
