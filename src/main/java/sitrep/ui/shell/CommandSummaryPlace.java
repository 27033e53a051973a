package sitrep.ui.shell;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.layout.Pane;
import sitrep.ui.command.CommandDialogs;

/**
 * Where the open incident's command summary is shown (the top box, or the now strip's slot once there is a strip),
 * and the command dialogs the Command menu opens; the menu is disabled while no incident is open.
 */
final class CommandSummaryPlace {

    private static final String COMMAND_SUMMARY = "sitrep.commandSummary";

    private final Pane top;
    private final Menu commandMenu;
    /** Null while no incident is open. */
    private CommandDialogs dialogs;
    private Pane slot;

    CommandSummaryPlace(Pane top, Menu commandMenu) {
        this.top = top;
        this.commandMenu = commandMenu;
        commandMenu.setDisable(true);
    }

    /** Shows the summary and enables the Command menu; a null summary removes both. One spot, so it moves as a whole. */
    void show(Node summary, CommandDialogs commandDialogs) {
        Pane home = slot != null ? slot : top;
        home.getChildren().removeIf(n -> n.getProperties().containsKey(COMMAND_SUMMARY));
        dialogs = summary == null ? null : commandDialogs;
        commandMenu.setDisable(dialogs == null);
        if (summary != null) {
            summary.getProperties().put(COMMAND_SUMMARY, Boolean.TRUE);
            home.getChildren().add(summary);
        }
    }

    /** Summaries shown from now on go into this slot (the now strip's). */
    void moveTo(Pane nowStripSlot) {
        slot = nowStripSlot;
    }

    /** Opens one of the command dialogs; nothing while no incident is open. */
    void open(Consumer<CommandDialogs> dialog) {
        if (dialogs != null) {
            dialog.accept(dialogs);
        }
    }
}
