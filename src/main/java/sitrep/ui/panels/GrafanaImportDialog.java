package sitrep.ui.panels;

import java.io.File;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for a dashboard JSON file or a Grafana dashboard's URL. */
public final class GrafanaImportDialog {

    private GrafanaImportDialog() {
    }

    /** @return the file path or URL typed or chosen, empty when cancelled */
    public static Optional<String> ask(Window owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import Grafana dashboard");
        dialog.setHeaderText("A dashboard's JSON file (Share > Export > Save to file in Grafana),\n"
                + "or its address on a Grafana server (https://grafana.example.com/d/UID/name).");
        TextField where = new TextField();
        where.setId("grafana-source");
        where.setPromptText("File or https://grafana…/d/UID");
        where.setPrefColumnCount(44);
        Button browse = new Button("Choose file…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Grafana dashboard JSON");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dashboard JSON", "*.json"));
            File f = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                where.setText(f.getAbsolutePath());
            }
        });
        HBox.setHgrow(where, Priority.ALWAYS);
        Label note = new Label("Credentials for a server come from its entry in the settings (sourceOptions).");
        note.setWrapText(true);
        VBox box = new VBox(8, new HBox(8, where, browse), note);
        box.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(box);
        ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(importType).disableProperty().bind(where.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == importType ? where.getText().strip() : null);
        Platform.runLater(where::requestFocus);
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }
}
