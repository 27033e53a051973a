package sitrep.ui.dashboard;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import sitrep.chart.RenderedFrame;

/**
 * Turns the mouse on a chart into its listener's calls: drag to zoom (showing the selection), shift-drag or
 * middle-drag to pan, double-click to reset, right-click for "Pin to timeline" and the panel's links.
 */
final class ChartGestures {

    private final Rectangle selection = new Rectangle();
    /** The frame on screen, whose plot maps pixels to times. */
    private final Supplier<RenderedFrame> shown;
    private ChartView.Listener listener;
    private List<PanelLink> links = List.of();
    private Consumer<PanelLink> linkOpener = link -> { };
    private double dragStartX = Double.NaN;
    private boolean panning;

    ChartGestures(Supplier<RenderedFrame> shown) {
        this.shown = shown;
        selection.getStyleClass().add("chart-selection");
        selection.setVisible(false);
        selection.setMouseTransparent(true);
    }

    Rectangle selection() {
        return selection;
    }

    void setListener(ChartView.Listener next) {
        listener = next;
    }

    void setLinks(List<PanelLink> next, Consumer<PanelLink> opener) {
        links = List.copyOf(next);
        linkOpener = opener;
    }

    /** Listens to the mouse on {@code overlay}, the pane over the chart's image. */
    void install(Pane overlay) {
        overlay.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        overlay.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        overlay.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        MenuItem pin = new MenuItem("Pin to timeline");
        ContextMenu menu = new ContextMenu(pin);
        // A secondary click rather than the context-menu event: glass platforms disagree on when that fires.
        overlay.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            RenderedFrame frame = shown.get();
            if (e.getButton() != MouseButton.SECONDARY || frame == null || listener == null
                    || !frame.insidePlot(e.getX(), e.getY())) {
                return;
            }
            long t = frame.timeAt(e.getX());
            pin.setOnAction(a -> listener.pin(frame.spec(), t));
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

    private void pressed(MouseEvent e) {
        RenderedFrame frame = shown.get();
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
        RenderedFrame frame = shown.get();
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
        RenderedFrame frame = shown.get();
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
