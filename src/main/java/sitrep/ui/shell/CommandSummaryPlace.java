package sitrep.ui.shell;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

/** Where the open incident's command summary is shown: the top box, or the now strip's slot once there is a strip. */
final class CommandSummaryPlace {

    private static final String COMMAND_SUMMARY = "sitrep.commandSummary";

    private final Pane top;
    private Pane slot;

    CommandSummaryPlace(Pane top) {
        this.top = top;
    }

    /** Shows the summary in place of the one shown before; null removes it. One spot, so it moves as a whole. */
    void show(Node summary) {
        Pane home = slot != null ? slot : top;
        home.getChildren().removeIf(n -> n.getProperties().containsKey(COMMAND_SUMMARY));
        if (summary != null) {
            summary.getProperties().put(COMMAND_SUMMARY, Boolean.TRUE);
            home.getChildren().add(summary);
        }
    }

    /** Summaries shown from now on go into this slot (the now strip's). */
    void moveTo(Pane nowStripSlot) {
        slot = nowStripSlot;
    }
}
