package sitrep.ui.dashboard;

import javafx.util.StringConverter;
import sitrep.panels.PanelDefinition;
import sitrep.chart.ChartSpec;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import sitrep.source.MetricSource;
import sitrep.ui.common.ViewLoader;

/** Edits the dashboard's panels; "Check queries" asks the source and shows its answer under the field. */
public final class PanelEditorDialog {

    @FXML private ListView<PanelEditorViewModel.PanelForm> list;
    @FXML private Button add;
    @FXML private Button remove;
    @FXML private Button up;
    @FXML private Button down;
    @FXML private Button defaults;
    @FXML private GridPane form;
    @FXML private TextField title;
    @FXML private TextArea expressions;
    @FXML private Button check;
    @FXML private Label checkResult;
    @FXML private TextField unit;
    @FXML private TextArea legends;
    @FXML private TextField thresholds;
    @FXML private ComboBox<ChartSpec.YAxisMode> yAxis;
    @FXML private Label problem;

    private final PanelEditorViewModel vm;
    private final MetricSource source;
    private final Supplier<Instant> now;
    private final Executor background;
    private final Executor ui;
    private final List<PanelDefinition> defaultPanels;
    private PanelEditorViewModel.PanelForm shown;

    private PanelEditorDialog(PanelEditorViewModel vm, MetricSource source, Supplier<Instant> now, Executor background,
                              Executor ui, List<PanelDefinition> defaultPanels) {
        this.vm = vm;
        this.source = source;
        this.now = now;
        this.background = background;
        this.ui = ui;
        this.defaultPanels = defaultPanels;
    }

    public static Optional<List<PanelDefinition>> showAndWait(Window owner, PanelEditorViewModel vm, MetricSource source,
                                                               Supplier<Instant> now, Executor background, Executor ui,
                                                               List<PanelDefinition> defaultPanels) {
        PanelEditorDialog controller = new PanelEditorDialog(vm, source, now, background, ui, defaultPanels);
        Node content = ViewLoader.load("/sitrep/ui/dashboard/PanelEditor.fxml", controller);
        Dialog<List<PanelDefinition>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Dashboard panels");
        dialog.setHeaderText("Panels: PromQL, unit, legend, thresholds");
        dialog.getDialogPane().setId("panelEditor");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.validate().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? vm.validate().orElse(null) : null);
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        list.setItems(vm.panels());
        yAxis.getItems().setAll(ChartSpec.YAxisMode.values());
        // Words, never the enum's names.
        yAxis.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChartSpec.YAxisMode m) {
                return m == null ? "" : switch (m) {
                    case AUTO -> "Fit the data";
                    case FROM_ZERO -> "From zero";
                    case RATIO -> "Ratio (0 to 100%)";
                    case LOG -> "Logarithmic";
                };
            }

            @Override
            public ChartSpec.YAxisMode fromString(String s) {
                return null;
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> bind(now));
        add.setOnAction(e -> list.getSelectionModel().select(vm.add()));
        remove.setOnAction(e -> {
            if (shown != null) {
                vm.remove(shown);
            }
        });
        up.setOnAction(e -> move(-1));
        down.setOnAction(e -> move(1));
        defaults.setOnAction(e -> {
            vm.restoreDefaults(defaultPanels);
            list.getSelectionModel().selectFirst();
        });
        check.setOnAction(e -> {
            if (shown != null) {
                vm.check(shown, source, now, background, ui);
            }
        });
        list.getSelectionModel().selectFirst();
        bind(list.getSelectionModel().getSelectedItem());
    }

    private void move(int by) {
        PanelEditorViewModel.PanelForm f = shown;
        if (f != null) {
            vm.move(f, by);
            list.getSelectionModel().select(f);
        }
    }

    private void bind(PanelEditorViewModel.PanelForm f) {
        if (shown != null) {
            title.textProperty().unbindBidirectional(shown.titleProperty());
            expressions.textProperty().unbindBidirectional(shown.expressionsProperty());
            unit.textProperty().unbindBidirectional(shown.unitProperty());
            legends.textProperty().unbindBidirectional(shown.legendsProperty());
            thresholds.textProperty().unbindBidirectional(shown.thresholdsProperty());
            yAxis.valueProperty().unbindBidirectional(shown.yAxisProperty());
            checkResult.textProperty().unbind();
            problem.textProperty().unbind();
        }
        shown = f;
        form.setDisable(f == null);
        if (f == null) {
            return;
        }
        title.textProperty().bindBidirectional(f.titleProperty());
        expressions.textProperty().bindBidirectional(f.expressionsProperty());
        unit.textProperty().bindBidirectional(f.unitProperty());
        legends.textProperty().bindBidirectional(f.legendsProperty());
        thresholds.textProperty().bindBidirectional(f.thresholdsProperty());
        yAxis.valueProperty().bindBidirectional(f.yAxisProperty());
        checkResult.textProperty().bind(f.checkProperty());
        problem.textProperty().bind(f.problemProperty());
        title.textProperty().addListener((o, was, now) -> list.refresh());
    }
}
