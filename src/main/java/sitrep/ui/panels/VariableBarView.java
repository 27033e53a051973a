package sitrep.ui.panels;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The panel-set chooser and one control per variable on one line (scrolling sideways when the window is
 * narrow, so the charts below keep their height): a drop-down for a single-value variable, a menu of check
 * boxes for a multi-value one. Hidden while there is no imported set to choose.
 */
public final class VariableBarView {

    public static final String STYLE = "variable-bar";
    public static final String LABEL_STYLE = "variable-label";

    private final VariableBarViewModel vm;
    private final HBox row = new HBox(12);
    private final ScrollPane scroller = new ScrollPane(row);
    /**
     * Holds the bar once there is a panel set to choose: hidden in the scene, its combo box and scroll pane still
     * got skins and a style pass in the window's first frame.
     */
    private final StackPane root = new StackPane();
    private final ComboBox<String> sets = new ComboBox<>();
    private final Label status = new Label();
    private boolean updating;

    public VariableBarView(VariableBarViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add(STYLE);
        scroller.getStyleClass().add("status-scroller");
        scroller.setFitToHeight(true);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroller.setMinHeight(Region.USE_PREF_SIZE);
        root.setMinHeight(Region.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(2, 0, 2, 0));
        root.visibleProperty().bind(Bindings.size(vm.sets()).greaterThan(1));
        root.managedProperty().bind(root.visibleProperty());
        root.visibleProperty().addListener((o, was, shown) -> attachWhenShown());
        attachWhenShown();
        sets.setItems(vm.sets());
        sets.setId("panel-set");
        sets.getSelectionModel().select(vm.selectedSetProperty().get());
        sets.setOnAction(e -> {
            if (!updating) {
                vm.chooseSet(sets.getValue());
            }
        });
        vm.selectedSetProperty().addListener((o, was, now) -> {
            updating = true;
            sets.getSelectionModel().select(now);
            updating = false;
        });
        vm.sets().addListener((ListChangeListener<String>) c -> {
            updating = true;
            sets.getSelectionModel().select(vm.selectedSetProperty().get());
            updating = false;
        });
        status.getStyleClass().add("range-text");
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        vm.variables().addListener((ListChangeListener<VariableBarViewModel.Choice>) c -> rebuild());
        rebuild();
    }

    public Node root() {
        return root;
    }

    private void attachWhenShown() {
        if (root.isVisible() && root.getChildren().isEmpty()) {
            root.getChildren().add(scroller);
        }
    }

    private void rebuild() {
        List<Node> nodes = new ArrayList<>();
        Label setLabel = new Label("Panels");
        setLabel.getStyleClass().add(LABEL_STYLE);
        setLabel.setLabelFor(sets);
        nodes.add(group(setLabel, sets));
        for (VariableBarViewModel.Choice c : vm.variables()) {
            Label label = new Label(c.label());
            label.getStyleClass().add(LABEL_STYLE);
            label.setMinWidth(Region.USE_PREF_SIZE);
            nodes.add(group(label, c.multi() ? multi(c) : single(c)));
        }
        nodes.add(status);
        row.getChildren().setAll(nodes);
    }

    private static HBox group(Label label, Node control) {
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node single(VariableBarViewModel.Choice c) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("var-" + c.name());
        box.getItems().setAll(c.offered());
        if (!c.selection().isEmpty()) {
            box.setValue(c.selection().get(0));
        }
        box.setVisibleRowCount(15);
        box.setOnAction(e -> {
            if (box.getValue() != null) {
                vm.select(c.name(), List.of(box.getValue()));
            }
        });
        return box;
    }

    private Node multi(VariableBarViewModel.Choice c) {
        MenuButton button = new MenuButton(c.summary());
        button.setId("var-" + c.name());
        button.setTooltip(new Tooltip(String.join(", ", c.selection())));
        for (String option : c.offered()) {
            CheckMenuItem item = new CheckMenuItem(option);
            item.setSelected(c.selection().contains(option));
            item.setOnAction(e -> {
                List<String> next = new ArrayList<>();
                for (var mi : button.getItems()) {
                    if (mi instanceof CheckMenuItem cm && cm.isSelected()) {
                        next.add(cm.getText());
                    }
                }
                vm.select(c.name(), next);
            });
            button.getItems().add(item);
        }
        if (button.getItems().isEmpty()) {
            button.getItems().add(new CustomMenuItem(new Label("No values"), false));
        }
        return button;
    }
}
