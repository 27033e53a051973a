package sitrep.ui.shell;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The labels on the status bar's right: the incident clock and the team store's sync status. */
final class StatusBarItems {

    private static final String SYNC_WARNING = "sync-warning";

    private StatusBarItems() {
    }

    static Label clock(ObservableStringValue time) {
        Label clock = new Label();
        clock.getStyleClass().add("clock");
        clock.setId("incidentClock");
        clock.textProperty().bind(time);
        return clock;
    }

    /** The sync status, hidden while it says nothing, marked as a warning while the store needs attention. */
    static Label syncStatus(SyncStatusViewModel sync) {
        Label label = new Label();
        label.setId("syncStatus");
        label.getStyleClass().add("sync-status");
        label.textProperty().bind(sync.textProperty());
        label.visibleProperty().bind(sync.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        // Never "...": how many notes wait and why is the point of this label; the full text is also the tooltip.
        label.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(sync.textProperty());
        label.setTooltip(tip);
        sync.warningProperty().addListener((obs, was, warn) -> {
            if (warn) {
                label.getStyleClass().add(SYNC_WARNING);
            } else {
                label.getStyleClass().remove(SYNC_WARNING);
            }
        });
        return label;
    }
}
