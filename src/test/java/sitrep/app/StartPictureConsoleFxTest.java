package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Dimension2D;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole console started as SitrepApp starts it on a drill: its picture first, then the console built behind it. */
class StartPictureConsoleFxTest extends FxRobot {

    @TempDir
    Path dir;
    private Stage stage;
    private Composition console;

    @BeforeEach
    void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        interact(console::stop);
        console.awaitStopped(Duration.ofSeconds(10));
        FxToolkit.cleanupStages();
    }

    private void startWithPicture() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        console = new Composition(LaunchOptions.none(), store, Clock.systemUTC());
        // The built-in drill plays: no source is configured.
        StartState state = StartState.read(LaunchOptions.none(), store, Clock.systemUTC());
        CompletableFuture<Optional<StartPicture.Drawn>> picture =
                StartPicture.drawAhead(CompletableFuture.completedFuture(state), null);
        interact(() -> console.start(stage, state, picture));
    }

    private boolean showsPicture() {
        Parent root = stage.getScene() == null ? null : stage.getScene().getRoot();
        return root != null && !root.getChildrenUnmodifiable().isEmpty()
                && root.getChildrenUnmodifiable().get(0) instanceof ImageView;
    }

    @Test
    void theConsoleReplacesThePictureWholeMenusAndSideAreasIncluded() throws Exception {
        startWithPicture();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::showsPicture);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !showsPicture() && !console.busy());
        Parent root = stage.getScene().getRoot();
        assertThat(root.lookupAll(".chart-view")).as("the dashboard's charts").hasSizeGreaterThanOrEqualTo(4);
        assertThat(root.lookup(".menu-bar")).as("the menus").isNotNull();
        assertThat(console.nowStrip()).isNotNull();
    }

    @Test
    void aKeptPictureIsShownBeforeTheDrillIsReadAndTheConsoleIsBuiltOnceItIs() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        console = new Composition(LaunchOptions.none(), store, Clock.systemUTC());
        SettingsStore.Loaded loaded = store.load();
        StartState state = StartState.read(LaunchOptions.none(), loaded, Clock.systemUTC());
        // The picture an earlier start kept, at the size this window gets.
        Dimension2D[] size = new Dimension2D[1];
        interact(() -> {
            Stage measure = new Stage();
            new WindowPlacement().restore(measure, loaded.settings().window());
            size[0] = WindowPlacement.sceneSize(measure);
        });
        StartPicture.Drawn kept = StartPicture.of(state).orElseThrow()
                .draw(new StartPicture.Size((int) size[0].getWidth(), (int) size[0].getHeight())).orElseThrow();
        CompletableFuture<StartState> read = new CompletableFuture<>();
        AtomicReference<Boolean> restWithPictureUp = new AtomicReference<>();

        interact(() -> console.startOnKeptPicture(stage, loaded, kept, read, () -> restWithPictureUp.set(showsPicture())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> restWithPictureUp.get() != null);

        assertThat(restWithPictureUp.get()).as("the rest of the start began with the picture on screen").isTrue();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(showsPicture()).as("the picture stays until the drill is read").isTrue();
        assertThat(console.nowStrip()).as("nothing of the console was built yet").isNull();

        read.complete(state);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !showsPicture() && !console.busy());
        Parent root = stage.getScene().getRoot();
        assertThat(root.lookupAll(".chart-view")).as("the dashboard's charts").hasSizeGreaterThanOrEqualTo(4);
        assertThat(console.nowStrip()).isNotNull();
    }

    @Test
    void stoppedWhileThePictureIsUpTheConsoleIsNotBuilt() throws Exception {
        startWithPicture();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, this::showsPicture);

        interact(console::stop);
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);

        assertThat(showsPicture()).as("the picture is still all there is").isTrue();
        assertThat(console.nowStrip()).as("nothing of the console was built").isNull();
        assertThat(console.busy()).isFalse();
    }
}
