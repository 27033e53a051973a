package sitrep.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/** The Help menu's two dialogs: the keyboard shortcuts, read from the menus, and About. */
final class HelpDialogs {

    private HelpDialogs() {
    }

    /** Lists the shortcuts straight from the menus, so the help never disagrees with them. */
    static void showShortcuts(MenuBar menuBar, Window owner) {
        List<String> lines = new ArrayList<>();
        for (Menu menu : menuBar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    lines.add(String.format("%-16s %s", item.getAccelerator().getDisplayText(),
                            item.getText().replace("_", "")));
                }
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, String.join("\n", lines));
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setId("shortcutsDialog");
        alert.getDialogPane().lookupAll(".content").forEach(n -> n.setStyle("-fx-font-family: monospace;"));
        alert.initOwner(owner);
        alert.show();
    }

    static void showAbout(String version, Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Incident war-room console: live charts, component status and alerts, a journaled"
                        + " timeline and the postmortem. Local-first: it keeps working when the network is"
                        + " part of the outage.");
        alert.setTitle("About Sitrep");
        alert.setHeaderText("Sitrep " + version);
        alert.initOwner(owner);
        alert.show();
    }
}
