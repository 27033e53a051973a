package sitrep.ui.timeline;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sitrep.incident.ReplayWarning;

/** The journal lines skipped on replay or while watching, and the one sentence that sums them up. */
final class SkippedJournalLines {

    private final ObservableList<ReplayWarning> skipped = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "warning", "");

    /** Empty while no line was skipped; otherwise how many, and the first of them. */
    ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    ObservableList<ReplayWarning> list() {
        return FXCollections.unmodifiableObservableList(skipped);
    }

    void add(List<ReplayWarning> more) {
        if (more.isEmpty()) {
            return;
        }
        skipped.addAll(more);
        sentence.set(skipped.size() + (skipped.size() == 1 ? " journal line was" : " journal lines were")
                + " skipped (torn, corrupt or from a newer Sitrep); the first: " + skipped.get(0));
    }
}
