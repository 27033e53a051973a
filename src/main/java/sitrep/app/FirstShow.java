package sitrep.app;

import java.lang.System.Logger.Level;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Shows a built console's window, once: with the dashboard's first answer in it (the drill's comes within tens of
 * milliseconds), so that the answer's cells are styled and laid out with the window and their charts drawn while it
 * maps, not a pulse later; a source slower than {@link #FIRST_ANSWER_WAIT} does not hold the window back. Over a start
 * picture the whole window replaces the picture at once. FX thread.
 */
final class FirstShow {

    private static final System.Logger LOG = System.getLogger(FirstShow.class.getName());
    /** How long the window waits for the dashboard's first answer before it is shown without it. */
    static final Duration FIRST_ANSWER_WAIT = Duration.millis(150);

    private final Stage stage;
    private final Scene scene;
    private final FirstDataFrameWatch firstFrame;
    private final LiveSession live;
    private final boolean afterPicture;
    private final BooleanSupplier stopped;
    private final String settingsFile;
    private boolean shown;

    private FirstShow(Stage stage, Scene scene, FirstDataFrameWatch firstFrame, LiveSession live, boolean afterPicture,
                      BooleanSupplier stopped, String settingsFile) {
        this.stage = stage;
        this.scene = scene;
        this.firstFrame = firstFrame;
        this.live = live;
        this.afterPicture = afterPicture;
        this.stopped = stopped;
        this.settingsFile = settingsFile;
    }

    /**
     * Shows {@code scene} on {@code stage} after the live session's first answer or {@link #FIRST_ANSWER_WAIT},
     * whichever comes first; not once {@code stopped}, nor over a picture the user closed while the window was built
     * behind it.
     */
    static void arm(Stage stage, Scene scene, FirstDataFrameWatch firstFrame, LiveSession live, boolean afterPicture,
                    BooleanSupplier stopped, String settingsFile) {
        FirstShow show = new FirstShow(stage, scene, firstFrame, live, afterPicture, stopped, settingsFile);
        PauseTransition longestWait = new PauseTransition(FIRST_ANSWER_WAIT);
        longestWait.setOnFinished(e -> show.show());
        longestWait.play();
        live.afterFirstAnswer(show::show);
    }

    private void show() {
        if (shown || stopped.getAsBoolean() || (afterPicture && !stage.isShowing())) {
            return;
        }
        shown = true;
        if (afterPicture) {
            stage.setScene(scene);
            firstFrame.open();
        }
        stage.show();
        if (!live.drawsCharts()) {
            // No chart will come to wait for: the whole window before its first pulse.
            firstFrame.open();
        }
        LOG.log(Level.INFO, "console window shown (settings: " + settingsFile + ")");
    }
}
