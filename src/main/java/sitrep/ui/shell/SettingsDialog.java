package sitrep.ui.shell;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import sitrep.ui.common.ViewLoader;

/** The Settings dialog: sources and the author name. OK stays disabled in effect until every field is valid. */
public final class SettingsDialog {

    @FXML private TextField prometheus;
    @FXML private TextField alertmanager;
    @FXML private TextArea statusPages;
    @FXML private TextField author;
    @FXML private Label prometheusError;
    @FXML private Label alertmanagerError;
    @FXML private Label statusPagesError;
    @FXML private Label overrideHint;
    @FXML private TextField evidenceCap;
    @FXML private Label evidenceCapError;

    private final SettingsFormViewModel vm;
    private final String hint;

    private SettingsDialog(SettingsFormViewModel vm, String hint) {
        this.vm = vm;
        this.hint = hint;
    }

    /**
     * Shows the dialog and waits for it.
     *
     * @param hint a sentence shown under the fields (for example that flags override them); may be empty
     */
    public static Optional<SettingsFormViewModel.Values> showAndWait(Window owner, SettingsFormViewModel vm,
                                                                      String hint) {
        SettingsDialog controller = new SettingsDialog(vm, hint);
        Node form = ViewLoader.load("/sitrep/ui/shell/SettingsForm.fxml", controller);
        Dialog<SettingsFormViewModel.Values> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Settings");
        dialog.setHeaderText("Sources and you");
        dialog.getDialogPane().setId("settingsDialog");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.validate().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? vm.validate().orElse(null) : null);
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        prometheus.textProperty().bindBidirectional(vm.prometheusProperty());
        alertmanager.textProperty().bindBidirectional(vm.alertmanagerProperty());
        statusPages.textProperty().bindBidirectional(vm.statusPagesProperty());
        author.textProperty().bindBidirectional(vm.authorProperty());
        prometheusError.textProperty().bind(vm.prometheusErrorProperty());
        alertmanagerError.textProperty().bind(vm.alertmanagerErrorProperty());
        statusPagesError.textProperty().bind(vm.statusPagesErrorProperty());
        evidenceCap.textProperty().bindBidirectional(vm.evidenceCapProperty());
        evidenceCapError.textProperty().bind(vm.evidenceCapErrorProperty());
        for (Label error : new Label[] {prometheusError, alertmanagerError, statusPagesError, evidenceCapError}) {
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
        }
        overrideHint.setText(hint);
    }
}
