package sitrep.ui.shell;

import java.io.File;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import sitrep.ui.common.ViewLoader;

/** Asks for a new incident's title, zone and folder; OK only goes through once the form is valid. */
public final class NewIncidentDialog {

    @FXML private TextField title;
    @FXML private TextField zone;
    @FXML private TextField folder;
    @FXML private Button browse;
    @FXML private Label error;

    private final NewIncidentFormViewModel vm;

    private NewIncidentDialog(NewIncidentFormViewModel vm) {
        this.vm = vm;
    }

    public static Optional<NewIncidentFormViewModel.Values> showAndWait(Window owner, NewIncidentFormViewModel vm) {
        NewIncidentDialog controller = new NewIncidentDialog(vm);
        Node form = ViewLoader.load("/sitrep/ui/shell/NewIncidentForm.fxml", controller);
        Dialog<NewIncidentFormViewModel.Values> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New incident");
        dialog.setHeaderText("New incident: the clock starts now");
        dialog.getDialogPane().setId("newIncidentDialog");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.validate().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? vm.validate().orElse(null) : null);
        dialog.setOnShown(e -> controller.title.requestFocus());
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        title.textProperty().bindBidirectional(vm.titleProperty());
        zone.textProperty().bindBidirectional(vm.zoneProperty());
        folder.textProperty().bindBidirectional(vm.folderProperty());
        error.textProperty().bind(vm.errorProperty());
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the incident");
            File chosen = chooser.showDialog(browse.getScene().getWindow());
            if (chosen != null) {
                vm.folderProperty().set(chosen.getAbsolutePath());
            }
        });
    }
}
