package sitrep.ui.timeline;

import java.time.ZoneId;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sitrep.domain.Suggestion;

/** Offered entries waiting for accept or dismiss, oldest first, with a flapping component's offers folded into one. */
final class SuggestionQueue {

    private final ObservableList<Suggestion> pending = FXCollections.observableArrayList();
    private final FlapFolding flaps = new FlapFolding();
    private final ZoneId zone;

    SuggestionQueue(ZoneId zone) {
        this.zone = zone;
    }

    ObservableList<Suggestion> list() {
        return pending;
    }

    /** Adds an offer; the same offer twice is kept once, and a fold takes the place of the first offer it replaces. */
    void offer(Suggestion suggestion) {
        if (pending.contains(suggestion)) {
            return;
        }
        FlapFolding.Outcome folded = flaps.fold(suggestion, pending, zone);
        int at = folded.remove().isEmpty() ? pending.size() : pending.indexOf(folded.remove().get(0));
        pending.removeAll(folded.remove());
        pending.add(Math.min(Math.max(0, at), pending.size()), folded.add());
    }

    boolean contains(Suggestion s) {
        return pending.contains(s);
    }

    void remove(Suggestion s) {
        pending.remove(s);
    }
}
