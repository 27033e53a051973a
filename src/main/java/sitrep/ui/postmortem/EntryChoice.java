package sitrep.ui.postmortem;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One timeline entry in the form with its checkbox: unticked leaves it out of the postmortem (and of
 * every export) while the timeline keeps it.
 *
 * @param label the entry as the form lists it: time in the incident zone, kind and text
 */
public record EntryChoice(String entryId, String label, BooleanProperty included) {

    static EntryChoice of(String entryId, String label, boolean included) {
        return new EntryChoice(entryId, label, new SimpleBooleanProperty(included));
    }
}
