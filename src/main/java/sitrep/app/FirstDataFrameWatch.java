package sitrep.app;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import sitrep.chart.RenderedFrame;
import sitrep.ui.dashboard.ChartView;

/**
 * Logs once, "first chart with data on screen N ms after the process started", when the window first shows a
 * chart frame that draws at least one point (or a drill's start picture, {@link #installOnPicture}), and once,
 * "console ready", when the console's window is whole: its own charts drawn and its menus and side areas joined. The
 * start-up benchmark and a person reading the log both time the console's start-up by these lines.
 *
 * <p>Honest about "on screen": a frame is seen in a pulse's layout phase, before that pulse renders it; the
 * line is written two pulses later, because each pulse that syncs a changed scene waits for the previous pulse's
 * rendering first. Checked against the screen's pixels (decision 11-07): the console's own first frame was on screen
 * within 20 ms of its line; a start picture needs pulses that change it, {@link #PICTURE_PULSES}.
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

    /** The benchmark's and the ITs' words for the console built, its charts live (after a start picture too). */
    static final String CONSOLE_READY = "console ready";
    /** How the first chart's line names a start picture: tests and the start-up benchmark tell the two starts by it. */
    static final String ON_PICTURE = "(the start picture";

    private final Scene scene;
    /** Whether what the scene shows counts as a chart with data. */
    private final Predicate<Parent> shows;
    /** The log line, with {@code %d} for the milliseconds since the process started. */
    private final String line;
    private int pulsesLeft = -1;
    /** Work waiting for the first frame; null once the gate is open. */
    private List<Runnable> waiting = new ArrayList<>();
    /** Says "console ready" once what waited has run: the menus and side areas joined then (no start picture). */
    private final boolean readyOnOpen;
    /** The gate is open; read from any thread ({@link #isOpen}). */
    private volatile boolean opened;

    /** Pulses counted after the chart is seen, before the line is written. */
    private final int pulsesAfterSeen;
    /** Run in each counted pulse; a start picture marks its scene changed, so the pulse waits for the last render. */
    private final Runnable eachPulse;

    private FirstDataFrameWatch(Scene scene, Predicate<Parent> shows, String line, boolean readyOnOpen) {
        this(scene, shows, line, PULSES_AFTER_SEEN, () -> { }, readyOnOpen);
    }

    private FirstDataFrameWatch(Scene scene, Predicate<Parent> shows, String line, int pulsesAfterSeen,
                                Runnable eachPulse, boolean readyOnOpen) {
        this.scene = scene;
        this.shows = shows;
        this.line = line;
        this.pulsesAfterSeen = pulsesAfterSeen;
        this.eachPulse = eachPulse;
        this.readyOnOpen = readyOnOpen;
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
        return install(new FirstDataFrameWatch(scene, FirstDataFrameWatch::showsData,
                "first chart with data on screen %d ms after the process started", true), fallback);
    }

    /**
     * The console's own window after a start picture (StartPicture): the picture was the first chart with data, so
     * this one says only when the console is ready, its own charts drawn.
     */
    static FirstDataFrameWatch installAfterPicture(Scene scene) {
        return install(new FirstDataFrameWatch(scene, FirstDataFrameWatch::showsData,
                CONSOLE_READY + ", its live charts on screen %d ms after the process started", false), FALLBACK);
    }

    /**
     * A start picture's window: its one image is the dashboard's first answer, a chart with data from the start.
     * {@code touch} changes the scene invisibly. A pulse waits for the last one's rendering only when its scene changed,
     * and the window is painted when it is mapped, some tens of milliseconds after its first render: the line is
     * written after {@link #PICTURE_PULSES} such pulses, and what waits for the picture (the console's build, which
     * holds the FX thread for a second) would otherwise keep it off the screen until its first pause.
     */
    static FirstDataFrameWatch installOnPicture(Scene scene, Runnable touch) {
        return install(new FirstDataFrameWatch(scene, root -> true, "first chart with data on screen %d ms after the"
                + " process started " + ON_PICTURE + "; the console's controls come next)", PICTURE_PULSES, touch,
                false), FALLBACK);
    }

    /**
     * Four: measured against the screen's own pixels (Xvfb, 1600x900), the picture was there 20 ms before the line;
     * after two it came 60 ms after the line, and only once the FX thread was free again.
     */
    static final int PICTURE_PULSES = 4;

    private static FirstDataFrameWatch install(FirstDataFrameWatch watch, javafx.util.Duration fallback) {
        Scene scene = watch.scene;
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
            if (readyOnOpen) {
                LOG.log(Level.INFO, CONSOLE_READY + " " + sinceProcessStart().toMillis()
                        + " ms after the process started");
            }
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
            if (!shows.test(scene.getRoot())) {
                return;
            }
            pulsesLeft = pulsesAfterSeen;
        }
        if (pulsesLeft-- > 0) {
            eachPulse.run();
            Platform.requestNextPulse();
            return;
        }
        scene.removePostLayoutPulseListener(this);
        LOG.log(Level.INFO, String.format(Locale.ROOT, line, sinceProcessStart().toMillis()));
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
            return frame != null && chart.isVisible() && frame.spec().hasPoints();
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

}
