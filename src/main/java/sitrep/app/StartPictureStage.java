package sitrep.app;

import java.lang.System.Logger.Level;
import java.nio.IntBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.util.Duration;
import sitrep.chart.DashboardPicture;
import sitrep.concurrent.Daemons;

/**
 * Shows a {@link StartPicture} on the window before the console is built: one image in a scene without controls or
 * stylesheets, which costs the toolkit little more than an empty window. Once the picture is on screen (logged as the
 * first chart with data) the console's build runs on the FX thread behind it, and its scene replaces the picture.
 * A picture not drawn within {@link #LONGEST_WAIT} is not waited for. FX thread.
 */
final class StartPictureStage {

    private static final System.Logger LOG = System.getLogger(StartPictureStage.class.getName());
    /** The picture is drawn while the toolkit starts; if it is not there this long after, the console is built. */
    static final Duration LONGEST_WAIT = Duration.millis(400);

    private final Stage stage;
    /** Builds the console; told whether the picture is on the window. */
    private final Consumer<Boolean> build;
    private boolean decided;

    private StartPictureStage(Stage stage, Consumer<Boolean> build) {
        this.stage = stage;
        this.build = build;
    }

    /**
     * Shows the picture drawn ahead ({@code ahead}, at the size the window was expected to have) or, when the window
     * has another size, one drawn now at its size by {@code picture} (null: none is drawn, the picture comes at the
     * window's size or not at all); then runs {@code build}, told whether a picture is on the window. Without a
     * picture, runs it at once.
     */
    static void show(Stage stage, Dimension2D size, CompletableFuture<Optional<StartPicture.Drawn>> ahead,
                     StartPicture picture, Consumer<Boolean> build) {
        StartPictureStage shown = new StartPictureStage(stage, build);
        StartPicture.Size wanted = new StartPicture.Size((int) size.getWidth(), (int) size.getHeight());
        CompletableFuture<Optional<StartPicture.Drawn>> drawn = ahead.thenCompose(d -> {
            if (d.isEmpty() || (d.get().width() == wanted.width() && d.get().height() == wanted.height())) {
                return CompletableFuture.completedFuture(d);
            }
            if (picture == null) {
                return CompletableFuture.completedFuture(Optional.<StartPicture.Drawn>empty());
            }
            return picture.drawLater(wanted);
        });
        // A failure to draw is logged where it happens (StartPicture): here it is no picture.
        drawn.whenComplete((d, failed) -> Platform.runLater(() -> shown.decide(failed == null ? d : Optional.empty())));
        PauseTransition longest = new PauseTransition(LONGEST_WAIT);
        longest.setOnFinished(e -> shown.decide(Optional.empty()));
        longest.play();
    }

    private void decide(Optional<StartPicture.Drawn> drawn) {
        if (decided) {
            // Drawn too late for this start: kept all the same, so the next one need not draw it.
            drawn.ifPresent(StartPictureStage::keep);
            return;
        }
        decided = true;
        if (drawn.isEmpty()) {
            build(false);
            return;
        }
        try {
            showPicture(drawn.get());
        } catch (RuntimeException e) {
            // The picture only hastens the first frame: without it, the console's own is the first.
            LOG.log(Level.WARNING, "the start picture could not be shown: " + e);
            build(false);
        }
    }

    /** Builds the console; a failure there ends the run with one line, not a window that never comes. */
    private void build(boolean afterPicture) {
        buildOrExit(() -> build.accept(afterPicture));
    }

    /** Runs a build of the console; a failure there ends the run with one line, not a window that never comes. */
    static void buildOrExit(Runnable building) {
        try {
            building.run();
        } catch (RuntimeException e) {
            exitWith(e);
        }
    }

    /** Ends a start that cannot open the console (its state unread, its build failed) with one line. */
    static void exitWith(Throwable failure) {
        LOG.log(Level.ERROR, "the console could not be opened: " + UserMessages.of(failure));
        Platform.exit();
    }

    private void showPicture(StartPicture.Drawn d) {
        PixelBuffer<IntBuffer> pixels = new PixelBuffer<>(d.width(), d.height(), IntBuffer.wrap(d.argbPre()),
                PixelFormat.getIntArgbPreInstance());
        // The picture's own corner pixel over its corner, touched to make a pulse wait for the last render.
        int corner = d.argbPre()[0];
        Rectangle touched = new Rectangle(1, 1, opaque(corner));
        ImageView view = new ImageView(new WritableImage(pixels));
        Scene scene = new Scene(new Pane(view, touched), d.width(), d.height(),
                opaque(DashboardPicture.background(d.theme())));
        // Drawn at the window's size; a title bar leaves the scene less. Fitted whole rather than cut at the bottom,
        // and sharp at its own size (one image pixel a layout unit, as the console's charts on a HiDPI screen).
        view.fitWidthProperty().bind(scene.widthProperty());
        view.fitHeightProperty().bind(scene.heightProperty());
        view.smoothProperty().bind(scene.widthProperty().isNotEqualTo(d.width(), 0.5)
                .or(scene.heightProperty().isNotEqualTo(d.height(), 0.5)));
        stage.setTitle("Sitrep");
        stage.setScene(scene);
        stage.show();
        // Built once the picture is on screen, in a task of its own: not inside the pulse that saw it.
        FirstDataFrameWatch.installOnPicture(scene, () -> touched.setOpacity(touched.getOpacity() == 1 ? 0.99 : 1))
                .afterFirstFrame()
                .execute(() -> {
                    keep(d);
                    Platform.runLater(() -> build(true));
                });
    }

    /** Keeps a picture for the next start on a thread of its own: it is wanted now, its file only then. */
    private static void keep(StartPicture.Drawn d) {
        Daemons.thread("sitrep-start-picture-keep", d.keep()).start();
    }

    /** 0xRRGGBB (or a premultiplied opaque pixel) as a colour. */
    private static Color opaque(int rgb) {
        return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
