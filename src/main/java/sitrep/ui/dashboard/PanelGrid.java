package sitrep.ui.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import sitrep.chart.ChartTheme;
import sitrep.domain.Suggestion;

/**
 * Lays the visible panels out in a grid of {@link PanelCell}s, as many columns as keep them readable, and
 * keeps a cell (and its chart's frames) for each panel that stays; tells {@link DrawAhead} the charts' sizes.
 */
public final class PanelGrid {

    /** A cell this high keeps a plot of at least 140 px under its title, axis and a legend of a third. */
    static final double MIN_CELL_HEIGHT = 215;
    static final double MIN_CELL_WIDTH = 200;
    static final double MIN_ROW_HEIGHT = 120;

    private final GridPane grid;
    private final DashboardViewModel vm;
    private final DrawAhead ahead;
    private final Executor renderer;
    private final Supplier<Instant> now;
    private final Consumer<Suggestion> pins;
    private final Supplier<ZoneId> zone;
    private final Map<String, PanelCell> cells = new LinkedHashMap<>();
    /** The grid's size asks for another number of columns. */
    private boolean regrid;
    private boolean rebuilding;

    PanelGrid(GridPane grid, DashboardViewModel vm, DrawAhead ahead, Executor renderer, Supplier<Instant> now,
              Consumer<Suggestion> pins, Supplier<ZoneId> zone) {
        this.grid = grid;
        this.vm = vm;
        this.ahead = ahead;
        this.renderer = renderer;
        this.now = now;
        this.pins = pins;
        this.zone = zone;
        InvalidationListener resized = o -> {
            // Rebuilding the grid relays it out: sizes seen meanwhile are not the window's.
            if (rebuilding || grid.getWidth() <= 0 || grid.getHeight() <= 0) {
                return;
            }
            int visible = (int) vm.panels().stream().filter(p -> !p.hidden()).count();
            if (visible > 0 && columnsFor(visible, grid.getWidth(), grid.getHeight()) != columns()) {
                regrid = true;
                show();
            }
        };
        grid.widthProperty().addListener(resized);
        grid.heightProperty().addListener(resized);
    }

    /** Shows the view model's panels, rebuilding the grid when they or its number of columns changed. */
    void show() {
        List<DashboardFrame.PanelResult> visible = DrawAhead.visible(vm.panels());
        List<String> keys = DrawAhead.keys(visible);
        if (regrid || !keys.equals(new ArrayList<>(cells.keySet()))) {
            regrid = false;
            rebuild(visible, keys);
        }
        for (int i = 0; i < visible.size(); i++) {
            PanelCell cell = cells.get(keys.get(i));
            cell.show(visible.get(i), ahead.take(keys.get(i), cell.chart));
        }
    }

    /** Redraws every chart in this theme. */
    void setTheme(ChartTheme theme) {
        cells.values().forEach(c -> c.chart.setTheme(theme));
    }

    /** The charts on screen, in grid order. */
    List<ChartView> charts() {
        List<ChartView> out = new ArrayList<>();
        cells.values().forEach(c -> out.add(c.chart));
        return out;
    }

    /** One column for one panel, two up to four panels, three beyond: charts stay readable from afar. */
    static int columnsFor(int panels) {
        return panels <= 1 ? 1 : panels <= 4 ? 2 : 3;
    }

    /**
     * The columns for panels in a grid of this size: {@link #columnsFor(int)}, or more (fewer rows) when the
     * grid is too short for that many rows of readable plots and wide enough for more columns.
     */
    public static int columnsFor(int panels, double width, double height) {
        int columns = columnsFor(panels);
        if (width <= 0 || height <= 0) {
            return columns;
        }
        while (columns < panels && height / Math.ceil((double) panels / columns) < MIN_CELL_HEIGHT
                && width / (columns + 1) >= MIN_CELL_WIDTH) {
            columns++;
        }
        return columns;
    }

    /** The columns on screen now. */
    int columns() {
        return Math.max(1, grid.getColumnConstraints().size());
    }

    private void rebuild(List<DashboardFrame.PanelResult> visible, List<String> keys) {
        rebuilding = true;
        try {
            layOut(visible, keys);
        } finally {
            rebuilding = false;
        }
    }

    private void layOut(List<DashboardFrame.PanelResult> visible, List<String> keys) {
        Map<String, PanelCell> old = new LinkedHashMap<>(cells);
        cells.clear();
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int columns = columnsFor(visible.size(), grid.getWidth(), grid.getHeight());
        int rows = Math.max(1, (visible.size() + columns - 1) / columns);
        // Each row keeps room for a title and a small plot: rows never overprint each other.
        grid.setMinHeight(rows * MIN_ROW_HEIGHT + (rows - 1) * grid.getVgap());
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < visible.size(); i++) {
            PanelCell cell = old.containsKey(keys.get(i)) ? old.get(keys.get(i)) : newCell();
            cells.put(keys.get(i), cell);
            grid.add(cell.box, i % columns, i / columns);
        }
        publishCharts();
    }

    private PanelCell newCell() {
        PanelCell cell = new PanelCell(vm, renderer, now, pins, zone);
        // Each chart knows its plot's width once drawn; the data is decimated for the widest.
        cell.chart.plotWidthProperty().addListener((o, was, px) -> vm.setPlotWidth(widestPlot()));
        cell.chart.widthProperty().addListener(o -> publishCharts());
        cell.chart.heightProperty().addListener(o -> publishCharts());
        return cell;
    }

    private void publishCharts() {
        Map<String, ChartView> charts = new LinkedHashMap<>();
        cells.forEach((key, cell) -> charts.put(key, cell.chart));
        ahead.setCharts(charts);
    }

    private int widestPlot() {
        return cells.values().stream().mapToInt(c -> c.chart.plotWidthProperty().get()).max().orElse(0);
    }
}
