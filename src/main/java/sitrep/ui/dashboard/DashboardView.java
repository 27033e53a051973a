package sitrep.ui.dashboard;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ScrollPane;
import sitrep.chart.ChartTheme;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import sitrep.domain.Suggestion;
import sitrep.source.polling.LatestValueRelay;
import sitrep.ui.common.IconFallback;
import sitrep.ui.common.ViewLoader;

/** The dashboard area: toolbar, a grid of chart panels, and the connectivity bands. */
public final class DashboardView {

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
    private final DrawAhead ahead = new DrawAhead();
    private final Supplier<ZoneId> zone;
    private PanelGrid panels;

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

    /** The charts on screen, by panel title; for tests and screenshots. */
    public List<ChartView> charts() {
        return panels.charts();
    }

    /** The columns of the panel grid on screen now. */
    public int columns() {
        return panels.columns();
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
        custom.setOnAction(e -> CustomRangeDialog.show(root.getScene().getWindow(), vm, now, zone.get()));
        editPanels.setOnAction(e -> openEditor.run());
        rangeText.textProperty().bind(vm.rangeTextProperty());
        hiddenNote.textProperty().bind(vm.hiddenNoteProperty());
        hiddenNote.visibleProperty().bind(hiddenNote.textProperty().isNotEmpty());
        hiddenNote.managedProperty().bind(hiddenNote.visibleProperty());
        panels = new PanelGrid(grid, vm, ahead, renderer, now, pins, zone);
        vm.panels().addListener((ListChangeListener<DashboardFrame.PanelResult>) c -> panels.show());
        vm.connectivity().addListener((ListChangeListener<ConnectivityRow>) c -> showConnectivity());
        // A theme switch redraws what is held: the charts from their specs, the bands from their rows.
        ahead.setTheme(ChartTheme.of(vm.darkProperty().get()));
        vm.darkProperty().addListener((o, was, isDark) -> {
            ahead.setTheme(ChartTheme.of(isDark));
            panels.setTheme(ChartTheme.of(isDark));
            showConnectivity();
        });
        connectivity.setPins(pins);
        // The bands take at most a third of the dashboard (broken targets first), the charts the rest.
        connectivityScroller.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(3, Math.floor(root.getHeight() * 0.3 / ConnectivityView.ROW)) * ConnectivityView.ROW + 4,
                root.heightProperty()));
        showConnectivity();
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
}
