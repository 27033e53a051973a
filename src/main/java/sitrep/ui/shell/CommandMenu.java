package sitrep.ui.shell;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import sitrep.ui.command.CommandDialogs;

/** The Command menu: its items open the open incident's command dialogs, so it is disabled while none is open. */
final class CommandMenu {

    /** The dialog each item opens, by the item's fx:id in MainMenus.fxml. */
    private static final Map<String, Consumer<CommandDialogs>> DIALOGS = Map.of(
            "setStatusItem", CommandDialogs::setStatus,
            "setSeverityItem", CommandDialogs::setSeverity,
            "assignRoleItem", CommandDialogs::assignRole,
            "postUpdateItem", CommandDialogs::composeUpdate,
            "followupsItem", CommandDialogs::followups,
            "milestonesItem", CommandDialogs::editMilestones);

    private final Menu menu;
    /** Null while no incident is open. */
    private CommandDialogs dialogs;

    CommandMenu(Menu menu) {
        this.menu = menu;
        menu.setDisable(true);
        for (MenuItem item : menu.getItems()) {
            Consumer<CommandDialogs> dialog = DIALOGS.get(item.getId());
            if (dialog == null) {
                throw new IllegalStateException("the Command menu's item " + item.getId() + " opens no dialog");
            }
            item.setOnAction(e -> open(dialog));
        }
    }

    /** The open incident's dialogs enable the menu; null (no incident) disables it. */
    void use(CommandDialogs commandDialogs) {
        dialogs = commandDialogs;
        menu.setDisable(dialogs == null);
    }

    private void open(Consumer<CommandDialogs> dialog) {
        if (dialogs != null) {
            dialog.accept(dialogs);
        }
    }
}
