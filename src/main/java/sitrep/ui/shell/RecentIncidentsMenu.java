package sitrep.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** The Incident menu's recent folders, made anew from each list since its items are the folders themselves. */
final class RecentIncidentsMenu {

    private RecentIncidentsMenu() {
    }

    /** One item per folder, named as the folder is (no mnemonics), opening it; disabled while there are none. */
    static void show(Menu menu, List<String> folders, Consumer<String> open) {
        menu.getItems().clear();
        for (String folder : folders) {
            MenuItem item = new MenuItem(folder);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(folder));
            menu.getItems().add(item);
        }
        menu.setDisable(folders.isEmpty());
    }
}
