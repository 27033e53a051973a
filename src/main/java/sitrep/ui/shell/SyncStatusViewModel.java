package sitrep.ui.shell;

import java.time.ZoneId;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import sitrep.incident.sync.SyncStatus;

/**
 * The status bar's word on sharing: empty while the open incident is not shared, otherwise where it
 * stands ("Team store: synced", "not synced: 12 records waiting, store unreachable since 14:02:11 (connection refused)").
 * Updated on the FX thread.
 */
public final class SyncStatusViewModel {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(false);
    private final ZoneId zone;

    public SyncStatusViewModel(ZoneId zone) {
        this.zone = zone;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** True when the user should look: not synced, or a conflict or unreadable row was met. */
    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Sharing is starting: nothing is known yet. */
    public void connecting(String store) {
        text.set("Team store: connecting to " + store + "…");
        warning.set(false);
    }

    public void update(SyncStatus status) {
        // "not synced: ... store unreachable ..." names the store already; the in-step words need the prefix.
        text.set(status.failingSince() == null ? "Team store: " + status.text(zone) : status.text(zone));
        warning.set(status.failingSince() != null || !status.problems().isEmpty());
    }

    /** The open incident is not shared (or none is open). */
    public void clear() {
        text.set("");
        warning.set(false);
    }
}
