package sitrep.ui.shell;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import java.util.function.Function;

/** Incident > Join an incident from the store…: the store's incidents in a table and the folder for your copy. */
public final class JoinIncidentDialog {

    private JoinIncidentDialog() {
    }

    public static Optional<JoinIncidentViewModel.Choice> showAndWait(Window owner, JoinIncidentViewModel vm,
                                                                      String store) {
        TableView<JoinIncidentViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("storeIncidents");
        table.getColumns().add(column("Title", JoinIncidentViewModel.Row::title, 260));
        table.getColumns().add(column("Severity", JoinIncidentViewModel.Row::severity, 90));
        table.getColumns().add(column("Status", JoinIncidentViewModel.Row::status, 110));
        table.getColumns().add(column("Last activity", JoinIncidentViewModel.Row::lastActivity, 140));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The store holds no incident yet."));
        table.setPrefHeight(260);
        table.getSelectionModel().select(vm.selectedProperty().get());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> vm.selectedProperty().set(now));

        TextField folder = new TextField();
        folder.setId("joinFolder");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        Label folderLabel = new Label("Your copy in");
        folderLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox folderRow = new HBox(8, folderLabel, folder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        folderRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox content = new VBox(8, table, folderRow, error);
        content.setPadding(new Insets(12));
        content.setPrefWidth(680);

        Dialog<JoinIncidentViewModel.Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Join an incident");
        dialog.setHeaderText("Incidents shared through " + store);
        dialog.getDialogPane().setId("joinIncidentDialog");
        dialog.getDialogPane().setContent(content);
        ButtonType join = new ButtonType("Join", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(join, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(join).addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.validate().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == join ? vm.validate().orElse(null) : null);
        return dialog.showAndWait();
    }

    private static TableColumn<JoinIncidentViewModel.Row, String> column(String title,
            Function<JoinIncidentViewModel.Row, String> value, double width) {
        TableColumn<JoinIncidentViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(70);
        return c;
    }
}
