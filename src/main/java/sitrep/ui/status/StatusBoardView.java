package sitrep.ui.status;

import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import sitrep.domain.AlertSeverity;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceHealth;
import sitrep.domain.Suggestion;
import sitrep.ui.common.LevelStyle;
import sitrep.ui.common.ReadableHeaders;
import sitrep.ui.common.ViewLoader;

/** The status area: binds {@link StatusBoardViewModel} to source rows, component tiles and the alert table. */
public final class StatusBoardView {

    @FXML private ScrollPane scroller;
    @FXML private VBox board;
    @FXML private VBox sourceRows;
    @FXML private Label noComponents;
    @FXML private FlowPane tiles;
    @FXML private Label alertsTitle;
    @FXML private TableView<StatusBoardViewModel.AlertRow> alerts;
    @FXML private TableColumn<StatusBoardViewModel.AlertRow, String> severityColumn;
    @FXML private TableColumn<StatusBoardViewModel.AlertRow, String> nameColumn;
    @FXML private TableColumn<StatusBoardViewModel.AlertRow, String> sinceColumn;
    @FXML private TableColumn<StatusBoardViewModel.AlertRow, String> summaryColumn;
    @FXML private TableColumn<StatusBoardViewModel.AlertRow, String> stateColumn;

    private final StatusBoardViewModel vm;
    private final Consumer<Suggestion> pins;

    private StatusBoardView(StatusBoardViewModel vm, Consumer<Suggestion> pins) {
        this.vm = vm;
        this.pins = pins;
    }

    public static StatusBoardView load(StatusBoardViewModel vm) {
        return load(vm, s -> { });
    }

    /** @param pins where a pinned alert goes: the timeline's suggestions */
    public static StatusBoardView load(StatusBoardViewModel vm, Consumer<Suggestion> pins) {
        StatusBoardView view = new StatusBoardView(vm, pins);
        ViewLoader.load("/sitrep/ui/status/StatusBoard.fxml", view);
        return view;
    }

    public ScrollPane root() {
        return scroller;
    }

    @FXML
    private void initialize() {
        vm.sources().addListener((ListChangeListener<StatusBoardViewModel.SourceRow>) c -> showSources());
        vm.components().addListener((ListChangeListener<StatusBoardViewModel.ComponentTile>) c -> showTiles());
        noComponents.visibleProperty().bind(Bindings.isEmpty(vm.components()));
        noComponents.managedProperty().bind(noComponents.visibleProperty());

        column(severityColumn, StatusBoardViewModel.AlertRow::severity);
        severityColumn.setComparator(Comparator.comparingInt(StatusBoardViewModel::severityRank));
        column(nameColumn, StatusBoardViewModel.AlertRow::name);
        column(sinceColumn, StatusBoardViewModel.AlertRow::since);
        column(summaryColumn, StatusBoardViewModel.AlertRow::summary);
        // A summary longer than its column is cut with an ellipsis: the whole of it on hover.
        summaryColumn.setCellFactory(c -> new TableCell<>() {
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                boolean words = !empty && text != null && !text.isEmpty();
                whole.setText(words ? text : "");
                setTooltip(words ? whole : null);
            }
        });
        column(stateColumn, r -> r.suppressedBy().isEmpty() ? r.state() : r.state() + " (" + r.suppressedBy() + ")");
        alerts.setItems(vm.alerts());
        ReadableHeaders.apply(alerts);
        MenuItem pin = new MenuItem("Pin to timeline");
        pin.setOnAction(e -> {
            StatusBoardViewModel.AlertRow row = alerts.getSelectionModel().getSelectedItem();
            if (row != null) {
                pins.accept(vm.pinned(row));
            }
        });
        alerts.setContextMenu(new ContextMenu(pin));
        alerts.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StatusBoardViewModel.AlertRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("alert-suppressed", "alert-critical");
                if (!empty && row != null) {
                    if (!row.ringing()) {
                        getStyleClass().add("alert-suppressed");
                    } else if (row.severityRank() >= AlertSeverity.WORST) {
                        getStyleClass().add("alert-critical");
                    }
                }
            }
        });
        vm.alerts().addListener((ListChangeListener<StatusBoardViewModel.AlertRow>) c -> titleAlerts());
        titleAlerts();
        showSources();
        showTiles();
    }

    private static void column(TableColumn<StatusBoardViewModel.AlertRow, String> column,
                               Function<StatusBoardViewModel.AlertRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private void titleAlerts() {
        long ringing = vm.alerts().stream().filter(StatusBoardViewModel.AlertRow::ringing).count();
        long pending = vm.alerts().stream().filter(a -> a.state().equals("pending")).count();
        long suppressed = vm.alerts().size() - ringing - pending;
        alertsTitle.setText("Alerts: " + ringing + " ringing" + (pending > 0 ? ", " + pending + " pending" : "")
                + (suppressed > 0 ? ", " + suppressed + " suppressed" : ""));
    }

    private void showSources() {
        sourceRows.getChildren().clear();
        for (StatusBoardViewModel.SourceRow row : vm.sources()) {
            Label level = levelBadge(row.level());
            Label url = new Label(row.url() + (row.kind().isEmpty() ? "" : "  (" + row.kind() + ")"));
            url.getStyleClass().add("source-url");
            // A long URL gives way (cut, whole on hover) before the health words do: squeezed to nothing, "ok · 8 ms"
            // wrapped one letter a line at 1366x768.
            url.setMinWidth(80);
            url.setTooltip(new Tooltip(url.getText()));
            Label health = new Label(row.health() + (row.latency().isEmpty() ? "" : " · " + row.latency()));
            health.getStyleClass().add(row.state() == SourceHealth.State.OK ? "source-ok" : "source-failing");
            health.setWrapText(true);
            health.setMinWidth(120);
            HBox.setHgrow(health, Priority.ALWAYS);
            HBox line = new HBox(10, level, url, health);
            line.getStyleClass().add("source-row");
            sourceRows.getChildren().add(line);
        }
    }

    private void showTiles() {
        tiles.getChildren().clear();
        for (StatusBoardViewModel.ComponentTile t : vm.components()) {
            Label name = new Label(t.label());
            name.getStyleClass().add("tile-name");
            name.setWrapText(true);
            Label level = new Label(t.level().label());
            level.getStyleClass().add("tile-level");
            Label since = new Label(t.since());
            since.getStyleClass().add("tile-since");
            since.setWrapText(true);
            // Name, level and since flow on as few lines as fit: every broken component shows beside the
            // alerts without scrolling at 1366x768.
            FlowPane tile = new FlowPane(8, 0, name, level, since);
            tile.setAlignment(Pos.BASELINE_LEFT);
            tile.setPrefWrapLength(230);
            tile.getStyleClass().add("component-tile");
            if (t.stale()) {
                tile.getStyleClass().add("tile-stale");
            }
            LevelStyle.apply(tile, t.level());
            // Two tiles a row wherever two of the old 250 px tiles nearly fit: the side panel is about 500 px wide.
            tile.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
                double w = tiles.getWidth();
                return w >= 420 ? Math.floor((w - tiles.getHgap()) / 2) - 1 : Math.max(200, w);
            }, tiles.widthProperty()));
            tiles.getChildren().add(tile);
        }
    }

    private static Label levelBadge(HealthLevel level) {
        // At least 110 px so the rows line up, and never cut ("Major ou..."): wider when its words need it.
        Label badge = new Label(level.label()) {
            @Override
            protected double computePrefWidth(double height) {
                return Math.max(110, super.computePrefWidth(height));
            }
        };
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.getStyleClass().add("level-badge");
        LevelStyle.apply(badge, level);
        return badge;
    }
}
