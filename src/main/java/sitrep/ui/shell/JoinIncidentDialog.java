package sitrep.ui.shell;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        TableColumn<JoinIncidentViewModel.Row, String> title = column("Title", JoinIncidentViewModel.Row::title, 380);
        table.getColumns().add(title);
        table.getColumns().add(fixed(column("Severity", JoinIncidentViewModel.Row::severity, 100)));
        table.getColumns().add(fixed(column("Status", JoinIncidentViewModel.Row::status, 110)));
        table.getColumns().add(fixed(column("Last activity", JoinIncidentViewModel.Row::lastActivity, 150)));
        // The title takes whatever width is left; the short columns keep theirs, so dates are never cut.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        title.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        table.setPlaceholder(new Label("The store holds no incident yet."));
        table.setPrefHeight(260);
        table.setMinWidth(760);
        table.getSelectionModel().select(vm.selectedProperty().get());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> vm.selectedProperty().set(now));

        TextField folder = new TextField();
        folder.setId("joinFolder");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        Label folderLabel = new Label("Your copy in");
        folderLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox folderRow = new HBox(8, folderLabel, folder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox content = new VBox(8, table, folderRow, error);
        content.setPadding(new Insets(12));
        content.setPrefWidth(800);

        Dialog<JoinIncidentViewModel.Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Join an incident");
        int query = store.indexOf('?');
        dialog.setHeaderText("Incidents shared through " + (query < 0 ? store : store.substring(0, query)));
        dialog.getDialogPane().setId("joinIncidentDialog");
        dialog.getDialogPane().setContent(content);
        // Wide enough for a title of about 50 characters beside the short columns, and within a 1024 px screen.
        dialog.getDialogPane().setPrefWidth(840);
        dialog.setResizable(true);
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

    private static TableColumn<JoinIncidentViewModel.Row, String> fixed(TableColumn<JoinIncidentViewModel.Row, String> c) {
        c.setMinWidth(c.getPrefWidth());
        return c;
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
