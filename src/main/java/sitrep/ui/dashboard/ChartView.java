package sitrep.ui.dashboard;

import java.util.Arrays;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import sitrep.chart.ChartRasterizer;
import sitrep.chart.ChartSpec;
import sitrep.chart.ChartTheme;
import sitrep.chart.Lttb;
import sitrep.chart.RenderedFrame;
import sitrep.chart.SeriesDataset;

import java.nio.IntBuffer;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import sitrep.domain.TimeFormats;
import sitrep.source.polling.LatestValueRelay;

/**
 * A chart on screen. Frames are rendered off the FX thread by {@link ChartRasterizer}: what to draw goes to
 * the render thread and the finished frame comes back through two {@link LatestValueRelay}s, so the newest
 * request wins at both ends and the FX thread only swaps an image. The theme is applied here, when
 * rendering: a theme switch redraws the spec already held, without fetching anything. Drag to zoom, shift-drag or middle-drag to pan,
 * double-click to reset, right-click to pin the point to the timeline; the crosshair shows the values
 * under the cursor without a redraw. Pixel arrays are reused (see {@link #display}): a frame handed to the
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

    private static final DateTimeFormatter CROSSHAIR_TIME = TimeFormats.CLOCK;

    private final ChartRasterizer rasterizer = new ChartRasterizer();
    /** What to draw, to the render thread; the rasterizer is used by one delivery at a time. */
    private final LatestValueRelay<RenderJob> renders;
    /** Finished frames, to the FX thread; a frame overtaken before it was shown goes back to the pool. */
    private final LatestValueRelay<RenderedFrame> frames =
            new LatestValueRelay<>(Platform::runLater, this::display, this::recycle);
    private final ImageView image = new ImageView();
    private final Pane overlay = new Pane();
    private final Line crosshair = new Line();
    private final Rectangle selection = new Rectangle();
    private final Label readout = new Label();
    private final ReadOnlyIntegerWrapper plotWidth = new ReadOnlyIntegerWrapper();
    private Listener listener;
    private ChartSpec spec;
    private ChartTheme theme = ChartTheme.DARK;
    private RenderedFrame frame;
    /** The frame shown before {@link #frame}: a pulse being drawn may still read it, so it is not reused yet. */
    private RenderedFrame retired;
    private double dragStartX = Double.NaN;
    private boolean panning;
    private Consumer<RenderedFrame> frameObserver = f -> { };

    private record RenderJob(ChartSpec spec, ChartTheme theme, int width, int height) {
    }

    public ChartView(Executor renderer) {
        renders = new LatestValueRelay<>(renderer,
                job -> frames.accept(rasterizer.render(job.spec(), job.theme(), job.width(), job.height())));
        getStyleClass().add("chart-view");
        image.setPreserveRatio(false);
        image.setSmooth(false);
        crosshair.getStyleClass().add("chart-crosshair");
        crosshair.setVisible(false);
        crosshair.setMouseTransparent(true);
        selection.getStyleClass().add("chart-selection");
        selection.setVisible(false);
        selection.setMouseTransparent(true);
        readout.getStyleClass().add("chart-readout");
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        readout.setPadding(new Insets(4, 8, 4, 8));
        overlay.getChildren().addAll(selection, crosshair, readout);
        overlay.setPickOnBounds(true);
        getChildren().addAll(image, overlay);
        setMinSize(60, 60);

        overlay.addEventHandler(MouseEvent.MOUSE_MOVED, this::showCrosshair);
        overlay.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideCrosshair());
        overlay.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        overlay.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        overlay.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        MenuItem pin = new MenuItem("Pin to timeline");
        ContextMenu menu = new ContextMenu(pin);
        // A secondary click rather than the context-menu event: glass platforms disagree on when that fires.
        overlay.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.SECONDARY || frame == null || listener == null
                    || !frame.insidePlot(e.getX(), e.getY())) {
                return;
            }
            long t = frame.timeAt(e.getX());
            RenderedFrame shown = frame;
            pin.setOnAction(a -> listener.pin(shown.spec(), t));
            menu.getItems().setAll(pin);
            for (PanelLink link : links) {
                MenuItem item = new MenuItem(link.label());
                item.setOnAction(a -> linkOpener.accept(link));
                menu.getItems().add(item);
            }
            menu.show(overlay, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        overlay.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && listener != null) {
                listener.resetZoom();
            }
        });
    }

    private List<PanelLink> links = List.of();
    private Consumer<PanelLink> linkOpener = link -> { };

    /** Extra entries of the right-click menu, after "Pin to timeline". */
    public void setLinks(List<PanelLink> next, Consumer<PanelLink> opener) {
        links = List.copyOf(next);
        linkOpener = opener;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
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
        renders.accept(new RenderJob(s, theme, w, h));
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
        // A live chart moves under a still mouse: the readout follows the new frame at the crosshair's place.
        if (crosshair.isVisible()) {
            readout.setText(readoutText(rendered.spec(), rendered.timeAt(crosshair.getStartX())));
            readout.autosize();
        }
        frameObserver.accept(rendered);
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

    private void showCrosshair(MouseEvent e) {
        if (frame == null || !frame.insidePlot(e.getX(), e.getY())) {
            hideCrosshair();
            return;
        }
        crosshair.setStartX(e.getX());
        crosshair.setEndX(e.getX());
        crosshair.setStartY(frame.plotY());
        crosshair.setEndY(frame.plotY() + frame.plotHeight());
        crosshair.setVisible(true);
        long t = frame.timeAt(e.getX());
        readout.setText(readoutText(frame.spec(), t));
        readout.autosize();
        double x = e.getX() + 12 + readout.getWidth() > getWidth() ? e.getX() - 12 - readout.getWidth() : e.getX() + 12;
        readout.relocate(x, frame.plotY() + 4);
        readout.setVisible(true);
    }

    /** The time and each series' value nearest to {@code t}, one line each. */
    static String readoutText(ChartSpec spec, long t) {
        List<String> lines = new ArrayList<>();
        lines.add(CROSSHAIR_TIME.format(ZonedDateTime.ofInstant(Instant.ofEpochMilli(t), spec.zone())));
        for (SeriesDataset.Series s : spec.series()) {
            double v = valueNear(s.points(), t);
            lines.add(s.label() + ": " + (Double.isNaN(v) ? "no data" : formatValue(v, spec.unit())));
        }
        return String.join("\n", lines);
    }

    static double valueNear(Lttb.Points p, long t) {
        long[] times = p.times();
        if (times.length == 0) {
            return Double.NaN;
        }
        int i = Arrays.binarySearch(times, t);
        if (i < 0) {
            int insert = -i - 1;
            if (insert == 0) {
                i = 0;
            } else if (insert >= times.length) {
                i = times.length - 1;
            } else {
                i = t - times[insert - 1] <= times[insert] - t ? insert - 1 : insert;
            }
        }
        return p.values()[i];
    }

    static String formatValue(double v, String unit) {
        String number = Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.3g", v);
        return unit.isEmpty() ? number : number + " " + unit;
    }

    private void hideCrosshair() {
        crosshair.setVisible(false);
        readout.setVisible(false);
    }

    private void pressed(MouseEvent e) {
        if (frame == null || !frame.insidePlot(e.getX(), e.getY())) {
            return;
        }
        dragStartX = e.getX();
        if (e.getButton() == MouseButton.SECONDARY) {
            dragStartX = Double.NaN;
            return;
        }
        panning = e.getButton() == MouseButton.MIDDLE || e.isShiftDown();
    }

    private void dragged(MouseEvent e) {
        if (Double.isNaN(dragStartX) || frame == null) {
            return;
        }
        if (panning) {
            return;
        }
        double x0 = Math.max(frame.plotX(), Math.min(dragStartX, e.getX()));
        double x1 = Math.min(frame.plotX() + frame.plotWidth(), Math.max(dragStartX, e.getX()));
        selection.setX(x0);
        selection.setY(frame.plotY());
        selection.setWidth(Math.max(0, x1 - x0));
        selection.setHeight(frame.plotHeight());
        selection.setVisible(true);
    }

    private void released(MouseEvent e) {
        if (Double.isNaN(dragStartX) || frame == null || listener == null) {
            dragStartX = Double.NaN;
            return;
        }
        double start = dragStartX;
        dragStartX = Double.NaN;
        selection.setVisible(false);
        if (Math.abs(e.getX() - start) < 5) {
            return;
        }
        if (panning) {
            listener.panBy(frame.timeAt(start) - frame.timeAt(e.getX()));
        } else {
            long a = frame.timeAt(start);
            long b = frame.timeAt(e.getX());
            listener.zoomTo(Math.min(a, b), Math.max(a, b));
        }
    }
}
