package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import sitrep.source.drill.Drill;

/**
 * A drill's start shows its picture first and builds the console behind it, once the picture is on screen; at the
 * window's own size; and without a picture (or one that takes too long) it builds at once.
 */
class StartPictureStageFxTest extends FxRobot {

    private final List<String> built = new CopyOnWriteArrayList<>();
    private Stage stage;

    @BeforeEach
    void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static StartPicture picture() {
        StartState state = new StartState(new SettingsStore.Loaded(new Settings(), Optional.empty()),
                new DrillChoice(Drill.builtIn(Clock.systemUTC()), null));
        return StartPicture.of(state).orElseThrow();
    }

    private void show(CompletableFuture<Optional<StartPicture.Drawn>> ahead, int width, int height) {
        interact(() -> {
            // As the console places its window first (WindowPlacement): the primary stage keeps earlier tests' sizes.
            stage.setWidth(width);
            stage.setHeight(height);
            StartPictureStage.show(stage, new Dimension2D(width, height), ahead, picture(),
                    afterPicture -> built.add(afterPicture + " " + (stage.isShowing() ? shownPicture() : "hidden")));
        });
    }

    private String shownPicture() {
        Node root = stage.getScene() == null ? null : stage.getScene().getRoot();
        if (root instanceof Parent p && !p.getChildrenUnmodifiable().isEmpty()
                && p.getChildrenUnmodifiable().get(0) instanceof ImageView view) {
            return (int) view.getImage().getWidth() + "x" + (int) view.getImage().getHeight();
        }
        return "no picture";
    }

    /** Shows a picture drawn ahead at 800x600 on a window of this size, and waits until the console's build ran. */
    private void showDrawnAheadOn(int width, int height) throws Exception {
        StartPicture.Drawn drawn = picture().draw(new StartPicture.Size(800, 600)).orElseThrow();
        show(CompletableFuture.completedFuture(Optional.of(drawn)), width, height);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !built.isEmpty());
    }

    @Test
    void thePictureDrawnAheadIsShownAndTheConsoleBuiltBehindItOnceItIsOnScreen() throws Exception {
        showDrawnAheadOn(800, 600);

        assertThat(built).containsExactly("true 800x600");
    }

    @Test
    void aSceneLeftSmallerByTheWindowsFrameShowsThePictureWholeFittedToIt() throws Exception {
        showDrawnAheadOn(800, 600);
        ImageView view = (ImageView) stage.getScene().getRoot().getChildrenUnmodifiable().get(0);
        assertThat(view.isSmooth()).as("sharp at its own size").isFalse();

        // As a title bar does: the window's scene gets less height than the window was given.
        interact(() -> stage.setHeight(560));

        assertThat(view.getFitHeight()).isEqualTo(stage.getScene().getHeight());
        assertThat(view.getBoundsInParent().getMaxY()).as("the picture's bottom row within the scene")
                .isLessThanOrEqualTo(stage.getScene().getHeight());
        assertThat(view.isSmooth()).as("scaled, so smoothed").isTrue();
    }

    @Test
    void aWindowOfAnotherSizeGetsAPictureDrawnAtItsSize() throws Exception {
        showDrawnAheadOn(640, 480);

        assertThat(built).containsExactly("true 640x480");
    }

    @Test
    void withoutAPictureTheConsoleIsBuiltAtOnceOnAHiddenWindow() throws Exception {
        show(CompletableFuture.completedFuture(Optional.empty()), 800, 600);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !built.isEmpty());
        assertThat(built).containsExactly("false hidden");
    }

    @Test
    void aPictureThatTakesTooLongIsNotWaitedFor() throws Exception {
        CompletableFuture<Optional<StartPicture.Drawn>> never = new CompletableFuture<>();

        show(never, 800, 600);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !built.isEmpty());
        assertThat(built).containsExactly("false hidden");
        // Drawn late, it is not shown over the console any more.
        interact(() -> never.complete(picture().draw(new StartPicture.Size(800, 600))));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(built).hasSize(1);
        assertThat(stage.isShowing()).isFalse();
    }
}
