package sitrep.ui.shell;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import sitrep.ui.common.ViewLoader;

/** The team store's connection, asked before sharing or joining; what is entered is saved in the settings. */
public final class TeamStoreDialog {

    @FXML private TextField url;
    @FXML private TextField user;
    @FXML private PasswordField password;
    @FXML private TextField caFile;
    @FXML private Label urlError;
    @FXML private Label caFileError;
    @FXML private Label hint;

    private final TeamStoreFormViewModel vm;
    private final String hintText;

    private TeamStoreDialog(TeamStoreFormViewModel vm, String hintText) {
        this.vm = vm;
        this.hintText = hintText;
    }

    /**
     * @param header what pressing the button will do ("Share “API outage” with the team store")
     * @param action the button's words ("Share", "List incidents")
     */
    public static Optional<TeamStoreFormViewModel.Values> showAndWait(Window owner, TeamStoreFormViewModel vm,
                                                                       String header, String action, String hint) {
        TeamStoreDialog controller = new TeamStoreDialog(vm, hint);
        Node form = ViewLoader.load("/sitrep/ui/shell/TeamStoreForm.fxml", controller);
        Dialog<TeamStoreFormViewModel.Values> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Team store");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("teamStoreDialog");
        dialog.getDialogPane().setContent(form);
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(go).addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.validate().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == go ? vm.validate().orElse(null) : null);
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        url.textProperty().bindBidirectional(vm.urlProperty());
        user.textProperty().bindBidirectional(vm.userProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        caFile.textProperty().bindBidirectional(vm.caFileProperty());
        urlError.textProperty().bind(vm.urlErrorProperty());
        caFileError.textProperty().bind(vm.caFileErrorProperty());
        for (Label error : new Label[] {urlError, caFileError}) {
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
        }
        hint.setText(hintText);
    }
}
