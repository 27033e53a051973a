package sitrep.ui.dashboard;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import sitrep.chart.ChartSpec;
import sitrep.chart.ChartTheme;
import sitrep.chart.RenderedFrame;
import sitrep.chart.SeriesDataset;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import sitrep.domain.EntryKind;
import sitrep.domain.Suggestion;
import sitrep.domain.TimeFormats;
import sitrep.source.polling.LatestValueRelay;
import sitrep.ui.common.IconFallback;
import sitrep.ui.common.ViewLoader;

/** The dashboard area: toolbar, a grid of chart panels, and the connectivity bands. */
public final class DashboardView {

    private static final DateTimeFormatter HMS = TimeFormats.CLOCK;

    @FXML private VBox root;
    @FXML private ComboBox<TimeWindow> window;
    @FXML private ToggleButton pause;
    @FXML private Button custom;
    @FXML private Button reset;
    @FXML private Button editPanels;
    @FXML private Label rangeText;
    @FXML private Label hiddenNote;
    @FXML private GridPane grid;
    @FXML private Label connectivityTitle;
    @FXML private ConnectivityView connectivity;
    @FXML private ScrollPane connectivityScroller;

    private final DashboardViewModel vm;
    private final Executor renderer;
    private final Supplier<Instant> now;
    private final Consumer<Suggestion> pins;
    private final Runnable openEditor;
    private final Map<String, PanelCell> cells = new LinkedHashMap<>();
    private final DrawAhead ahead = new DrawAhead();
    /** The grid's size asks for another number of columns. */
    private boolean regrid;
    private final Supplier<ZoneId> zone;

    private DashboardView(DashboardViewModel vm, Executor renderer, Supplier<Instant> now, Consumer<Suggestion> pins,
                          Runnable openEditor, Supplier<ZoneId> zone) {
        this.vm = vm;
        this.renderer = renderer;
        this.now = now;
        this.pins = pins;
        this.openEditor = openEditor;
        this.zone = zone;
    }

    /**
     * @param renderer where chart frames are rendered (one background thread)
     * @param pins     receives pinned chart points as timeline suggestions
     */
    public static DashboardView load(DashboardViewModel vm, Executor renderer, Supplier<Instant> now,
                                     Consumer<Suggestion> pins, Runnable openEditor, Supplier<ZoneId> zone) {
        DashboardView view = new DashboardView(vm, renderer, now, pins, openEditor, zone);
        ViewLoader.load("/sitrep/ui/dashboard/Dashboard.fxml", view);
        return view;
    }

    public VBox root() {
        return root;
    }

    /**
     * Where finished refreshes go (from the fetch thread): each chart is drawn on the render executor at the
     * size its cell has, then the FX thread applies the refresh and swaps the images, newest first at each
     * step. A chart whose cell is new or resized meanwhile is drawn again at its size once laid out.
     */
    public Consumer<DashboardFrame> frames() {
        LatestValueRelay<DrawAhead.Drawn> shown = new LatestValueRelay<>(Platform::runLater,
                drawn -> ahead.applying(drawn, () -> vm.apply(drawn.frame())), DrawAhead.Drawn::giveBack);
        return new LatestValueRelay<>(renderer, frame -> shown.accept(ahead.draw(frame)));
    }

    private void publishCharts() {
        Map<String, ChartView> charts = new LinkedHashMap<>();
        cells.forEach((key, cell) -> charts.put(key, cell.chart));
        ahead.setCharts(charts);
    }

    /** The charts on screen, by panel title; for tests and screenshots. */
    public List<ChartView> charts() {
        List<ChartView> out = new ArrayList<>();
        cells.values().forEach(c -> out.add(c.chart));
        return out;
    }

    @FXML
    private void initialize() {
        window.getItems().setAll(TimeWindow.values());
        window.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimeWindow w) {
                return w == null ? "" : w.label();
            }

            @Override
            public TimeWindow fromString(String s) {
                return null;
            }
        });
        window.valueProperty().bindBidirectional(vm.windowProperty());
        pause.selectedProperty().addListener((o, was, paused) -> {
            if (vm.liveProperty().get() == paused) {
                vm.liveProperty().set(!paused);
            }
        });
        vm.liveProperty().addListener((o, was, isLive) -> {
            pause.setSelected(!isLive);
            pause.setText(isLive ? "Pause" : "Resume");
        });
        reset.setOnAction(e -> vm.resetZoom());
        // Below this width the toolbar's words would be cut: icons, with the words and shortcut on hover.
        double wordsFrom = 980;
        IconFallback.apply(custom, "mdi2c-calendar-clock", DashboardShortcuts.CUSTOM_RANGE.getDisplayText(),
                root.widthProperty(), wordsFrom);
        IconFallback.apply(pause, "mdi2p-pause", DashboardShortcuts.PAUSE.getDisplayText(),
                root.widthProperty(), wordsFrom);
        IconFallback.apply(reset, "mdi2m-magnify-minus", DashboardShortcuts.RESET_ZOOM.getDisplayText()
                + ", or double-click a chart", root.widthProperty(), wordsFrom);
        IconFallback.apply(editPanels, "mdi2p-pencil", DashboardShortcuts.PANELS.getDisplayText(),
                root.widthProperty(), wordsFrom);
        DashboardShortcuts.install(root, custom, pause, reset, editPanels);
        custom.setOnAction(e -> askCustomRange());
        editPanels.setOnAction(e -> openEditor.run());
        rangeText.textProperty().bind(vm.rangeTextProperty());
        hiddenNote.textProperty().bind(vm.hiddenNoteProperty());
        hiddenNote.visibleProperty().bind(hiddenNote.textProperty().isNotEmpty());
        hiddenNote.managedProperty().bind(hiddenNote.visibleProperty());
        vm.panels().addListener((ListChangeListener<DashboardFrame.PanelResult>) c -> showPanels());
        showPanels();
        vm.connectivity().addListener((ListChangeListener<ConnectivityRow>) c -> showConnectivity());
        // A theme switch redraws what is held: the charts from their specs, the bands from their rows.
        ahead.setTheme(ChartTheme.of(vm.darkProperty().get()));
        vm.darkProperty().addListener((o, was, isDark) -> {
            ahead.setTheme(ChartTheme.of(isDark));
            cells.values().forEach(c -> c.chart.setTheme(ChartTheme.of(isDark)));
            showConnectivity();
        });
        connectivity.setPins(pins);
        // The bands take at most a third of the dashboard (broken targets first), the charts the rest.
        connectivityScroller.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(3, Math.floor(root.getHeight() * 0.3 / ConnectivityView.ROW)) * ConnectivityView.ROW + 4,
                root.heightProperty()));
        showConnectivity();
        InvalidationListener resized = o -> {
            // Rebuilding the grid relays it out: sizes seen meanwhile are not the window's.
            if (rebuilding || grid.getWidth() <= 0 || grid.getHeight() <= 0) {
                return;
            }
            int visible = (int) vm.panels().stream().filter(p -> !p.hidden()).count();
            if (visible > 0 && columnsFor(visible, grid.getWidth(), grid.getHeight()) != columns()) {
                regrid = true;
                showPanels();
            }
        };
        grid.widthProperty().addListener(resized);
        grid.heightProperty().addListener(resized);
    }

    /**
     * One line, as Grafana users type a range: {@code now-30m}, {@code now-6h to now-1h}, {@code 14:00 to 15:30}
     * in the incident's zone, or dates; a bad entry keeps the dialog open and says why in one line.
     */
    private void askCustomRange() {
        String[] current = vm.rangeFields(now.get());
        TextField range = new TextField(current[0] + " to " + current[1]);
        range.setId("customRange");
        range.setPrefColumnCount(34);
        Label forms = new Label("For example: " + TypedRange.EXAMPLES + ". Clock times are in "
                + zone.get().getId() + ".");
        forms.setWrapText(true);
        forms.setMaxWidth(520);
        forms.setMinHeight(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("customRangeProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        VBox form = new VBox(8, range, forms, problem);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Time range");
        dialog.setHeaderText("Time range");
        dialog.getDialogPane().setId("customRangeDialog");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK,
                ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(
                ActionEvent.ACTION, e -> vm.showTyped(range.getText(), now.get()).ifPresent(why -> {
                    problem.setText(why);
                    e.consume();
                }));
        dialog.setOnShown(e -> range.requestFocus());
        dialog.show();
    }

    private void showConnectivity() {
        boolean any = !vm.connectivity().isEmpty();
        connectivityTitle.setVisible(any);
        connectivityTitle.setManaged(any);
        connectivityScroller.setVisible(any);
        connectivityScroller.setManaged(any);
        if (any && vm.shownRange() != null) {
            connectivity.show(vm.connectivity(), vm.shownRange(), zone.get(), vm.darkProperty().get());
        }
    }

    private void showPanels() {
        List<DashboardFrame.PanelResult> visible = DrawAhead.visible(vm.panels());
        List<String> keys = DrawAhead.keys(visible);
        if (regrid || !keys.equals(new ArrayList<>(cells.keySet()))) {
            regrid = false;
            rebuildGrid(visible, keys);
        }
        for (int i = 0; i < visible.size(); i++) {
            PanelCell cell = cells.get(keys.get(i));
            cell.show(visible.get(i), ahead.take(keys.get(i), cell.chart));
        }
    }

    /** One column for one panel, two up to four panels, three beyond: charts stay readable from afar. */
    public static int columnsFor(int panels) {
        return panels <= 1 ? 1 : panels <= 4 ? 2 : 3;
    }

    /** A cell this high keeps a plot of at least 140 px under its title, axis and a legend of a third. */
    static final double MIN_CELL_HEIGHT = 215;
    static final double MIN_CELL_WIDTH = 200;
    static final double MIN_ROW_HEIGHT = 120;

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
    public int columns() {
        return Math.max(1, grid.getColumnConstraints().size());
    }

    private boolean rebuilding;

    private void rebuildGrid(List<DashboardFrame.PanelResult> visible, List<String> keys) {
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
            PanelCell cell = old.containsKey(keys.get(i)) ? old.get(keys.get(i)) : new PanelCell();
            cells.put(keys.get(i), cell);
            grid.add(cell.box, i % columns, i / columns);
        }
        publishCharts();
    }

    private int widestPlot() {
        return cells.values().stream().mapToInt(c -> c.chart.plotWidthProperty().get()).max().orElse(0);
    }

    /** One panel on screen: title, the source's words when it failed, and the chart. */
    private final class PanelCell implements ChartView.Listener {
        final Label title = new Label();
        final Label error = new Label();
        final ChartView chart = new ChartView(renderer);
        final VBox box = new VBox(2, title, error, chart);

        PanelCell() {
            title.getStyleClass().add("panel-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            VBox.setVgrow(chart, Priority.ALWAYS);
            box.getStyleClass().add("panel-cell");
            // Rows share the grid's height; a cell never claims more, so a short window never stacks them.
            box.setMinHeight(0);
            box.setMinWidth(0);
            chart.setListener(this);
            chart.setTheme(ChartTheme.of(vm.darkProperty().get()));
            // Each chart knows its plot's width once drawn; the data is decimated for the widest.
            chart.plotWidthProperty().addListener((o, was, px) -> vm.setPlotWidth(widestPlot()));
            chart.widthProperty().addListener(o -> publishCharts());
            chart.heightProperty().addListener(o -> publishCharts());
        }

        private List<String> expressions = List.of();

        void show(DashboardFrame.PanelResult result, RenderedFrame drawn) {
            title.setText(result.panel().title());
            expressions = result.panel().expressions();
            chart.setLinks(vm.linksFor(result.panel()), vm::openLink);
            error.setText(result.error().isEmpty() ? String.join("\n", result.warnings())
                    : result.error());
            if (result.spec() != null) {
                chart.show(result.spec(), drawn);
            } else if (drawn != null) {
                chart.recycle(drawn);
            }
        }

        @Override
        public void zoomTo(long fromMillis, long toMillis) {
            vm.zoomTo(Instant.ofEpochMilli(fromMillis), Instant.ofEpochMilli(toMillis));
        }

        @Override
        public void panBy(long deltaMillis) {
            vm.panBy(Duration.ofMillis(deltaMillis), now.get());
        }

        @Override
        public void resetZoom() {
            vm.resetZoom();
        }

        @Override
        public void pin(ChartSpec spec, long millis) {
            pins.accept(pinned(spec, millis, title.getText(), expressions, zone.get()));
        }
    }

    /** A chart point as a suggested timeline entry, with the query, series and values as evidence. */
    static Suggestion pinned(ChartSpec spec, long millis, String panelTitle, List<String> queries, ZoneId zone) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("panel", panelTitle);
        evidence.put("query", String.join(" ; ", queries));
        evidence.put("time", Instant.ofEpochMilli(millis).toString());
        List<String> values = new ArrayList<>();
        for (SeriesDataset.Series s : spec.series()) {
            double v = ChartView.valueNear(s.points(), millis);
            String shown = Double.isNaN(v) ? "no data" : ChartView.formatValue(v, spec.unit());
            evidence.put("value " + s.label(), shown);
            values.add(s.label() + " " + shown);
        }
        String text = panelTitle + " at " + HMS.format(Instant.ofEpochMilli(millis).atZone(zone)) + ": "
                + String.join(", ", values);
        return new Suggestion(Instant.ofEpochMilli(millis), EntryKind.NOTE, text, evidence);
    }
}
