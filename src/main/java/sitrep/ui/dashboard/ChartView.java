package sitrep.ui.dashboard;

import sitrep.chart.ChartRasterizer;
import sitrep.chart.ChartSpec;
import sitrep.chart.ChartTheme;
import sitrep.chart.RenderedFrame;

import java.nio.IntBuffer;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import sitrep.source.polling.LatestValueRelay;

/**
 * A chart on screen. Frames are rendered off the FX thread by {@link ChartRasterizer}: what to draw goes to
 * the render thread and the finished frame comes back through two {@link LatestValueRelay}s, so the newest
 * request wins at both ends and the FX thread only swaps an image. The theme is applied here, when
 * rendering: a theme switch redraws the spec already held, without fetching anything. The mouse is read by
 * {@link ChartGestures} (zoom, pan, reset, pin) and {@link CrosshairReadout} (values under the cursor,
 * without a redraw). Pixel arrays are reused (see {@link #display}): a frame handed to the
 * frame observer is only valid until two newer frames have been shown.
 */
public final class ChartView extends Region {

    /** What the chart asks of its owner; the view model decides what a zoom or a pan means. */
    public interface Listener {
        void zoomTo(long fromMillis, long toMillis);

        void panBy(long deltaMillis);

        void resetZoom();

        /** Pin what the chart shows at {@code millis} to the timeline. */
        void pin(ChartSpec spec, long millis);
    }

    private final ChartRasterizer rasterizer = new ChartRasterizer();
    /** What to draw, to the render thread; the rasterizer is used by one delivery at a time. */
    private final LatestValueRelay<RenderJob> renders;
    /** Finished frames, to the FX thread; a frame overtaken before it was shown goes back to the pool. */
    private final LatestValueRelay<RenderedFrame> frames =
            new LatestValueRelay<>(Platform::runLater, this::display, this::recycle);
    private final ImageView image = new ImageView();
    private final Pane overlay = new Pane();
    private final CrosshairReadout crosshair = new CrosshairReadout(this);
    private final ChartGestures gestures = new ChartGestures(() -> this.frame);
    private final ReadOnlyIntegerWrapper plotWidth = new ReadOnlyIntegerWrapper();
    private ChartSpec spec;
    private ChartTheme theme = ChartTheme.DARK;
    private RenderedFrame frame;
    /** The frame shown before {@link #frame}: a pulse being drawn may still read it, so it is not reused yet. */
    private RenderedFrame retired;
    private Consumer<RenderedFrame> frameObserver = f -> { };
    /**
     * The last job handed to the render thread. A layout pass before its frame is shown asks for nothing again: at
     * start-up the window's first pulse lays the charts out a second time while their first frames wait behind it.
     */
    private RenderJob requested;

    private record RenderJob(ChartSpec spec, ChartTheme theme, int width, int height) {
        /** Same spec and theme objects (a spec is compared by identity: its series are large), same size. */
        boolean sameAs(RenderJob other) {
            return other != null && other.spec == spec && other.theme == theme && other.width == width
                    && other.height == height;
        }
    }

    public ChartView(Executor renderer) {
        renders = new LatestValueRelay<>(renderer,
                job -> frames.accept(rasterizer.render(job.spec(), job.theme(), job.width(), job.height())));
        getStyleClass().add("chart-view");
        image.setPreserveRatio(false);
        image.setSmooth(false);
        overlay.getChildren().addAll(gestures.selection(), crosshair.line(), crosshair.label());
        overlay.setPickOnBounds(true);
        getChildren().addAll(image, overlay);
        setMinSize(60, 60);

        overlay.addEventHandler(MouseEvent.MOUSE_MOVED, e -> crosshair.showAt(e.getX(), e.getY(), frame));
        overlay.addEventHandler(MouseEvent.MOUSE_EXITED, e -> crosshair.hide());
        gestures.install(overlay);
    }

    /** Extra entries of the right-click menu, after "Pin to timeline". */
    public void setLinks(List<PanelLink> next, Consumer<PanelLink> opener) {
        gestures.setLinks(next, opener);
    }

    public void setListener(Listener listener) {
        gestures.setListener(listener);
    }

    /** Called on the FX thread with each frame as it is shown; for tests and screenshots. */
    public void setFrameObserver(Consumer<RenderedFrame> observer) {
        this.frameObserver = observer;
    }

    public RenderedFrame frame() {
        return frame;
    }

    /** The width in pixels of the data area of the frame on screen; 0 before the first frame. */
    public ReadOnlyIntegerProperty plotWidthProperty() {
        return plotWidth.getReadOnlyProperty();
    }

    /** Shows a new spec; rendering happens on the render executor and the newest request wins. */
    public void show(ChartSpec next) {
        show(next, null);
    }

    /**
     * Shows a new spec with a frame of it already drawn off the FX thread ({@link #drawAhead}): shown as it
     * is when it has this chart's size and theme, else given back and the spec rendered afresh.
     */
    public void show(ChartSpec next, RenderedFrame ready) {
        this.spec = next;
        if (ready != null && ready.spec() == next && ready.theme() == theme
                && ready.width() == (int) Math.floor(getWidth()) && ready.height() == (int) Math.floor(getHeight())) {
            requested = null;
            display(ready);
            return;
        }
        if (ready != null) {
            recycle(ready);
        }
        requestRender();
    }

    /**
     * Draws a spec for this chart before the FX thread sees it; on the render executor only (the rasterizer
     * is this chart's and is used there alone). Hand the frame to {@link #show(ChartSpec, RenderedFrame)}
     * or back to {@link #recycle}.
     */
    public RenderedFrame drawAhead(ChartSpec next, ChartTheme inTheme, int width, int height) {
        return rasterizer.render(next, inTheme, width, height);
    }

    /** Gives back a frame of this chart that will not be shown; from any thread. */
    public void recycle(RenderedFrame unused) {
        rasterizer.recycle(unused);
    }

    /** Draws in this theme from now on; the spec on screen is redrawn, nothing is fetched. */
    public void setTheme(ChartTheme next) {
        if (next != theme) {
            theme = next;
            requestRender();
        }
    }

    private void requestRender() {
        ChartSpec s = spec;
        int w = (int) Math.floor(getWidth());
        int h = (int) Math.floor(getHeight());
        if (s == null || w < 10 || h < 10) {
            return;
        }
        RenderJob job = new RenderJob(s, theme, w, h);
        if (!job.sameAs(requested)) {
            requested = job;
            renders.accept(job);
        }
    }

    private void display(RenderedFrame rendered) {
        if (rendered.spec() != spec || rendered.theme() != theme) {
            // Drawn for what this chart no longer shows (a newer spec came drawn ahead, or the theme changed).
            recycle(rendered);
            return;
        }
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(rendered.width(), rendered.height(),
                IntBuffer.wrap(rendered.argbPre()), PixelFormat.getIntArgbPreInstance());
        image.setImage(new WritableImage(buffer));
        // Triple buffering: the frame on screen and the one it replaced are never drawn into; the one
        // before that goes back to the rasterizer for the next render.
        if (retired != null) {
            rasterizer.recycle(retired);
        }
        retired = frame;
        frame = rendered;
        plotWidth.set((int) Math.floor(rendered.plotWidth()));
        crosshair.follow(rendered);
        frameObserver.accept(rendered);
    }

    /*
     * A chart takes the size its cell gives it, never its frame's: the image is fitted to the chart's size, so a
     * preferred size taken from it would be the last layout's, and a dashboard laid out again (the connectivity
     * bands joining) would split its height by what was drawn, then draw every chart again at the new split.
     */
    @Override
    protected double computePrefWidth(double height) {
        return getMinWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        return getMinHeight();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        image.setFitWidth(w);
        image.setFitHeight(h);
        overlay.resizeRelocate(0, 0, w, h);
        if (frame == null || frame.width() != (int) Math.floor(w) || frame.height() != (int) Math.floor(h)) {
            requestRender();
        }
    }
}
