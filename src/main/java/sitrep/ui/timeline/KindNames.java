package sitrep.ui.timeline;

import javafx.util.StringConverter;
import sitrep.domain.EntryKind;

/** Entry kinds as their words in a combo box, with null (no kind chosen) read as a given text. */
final class KindNames {

    private KindNames() {
    }

    static StringConverter<EntryKind> withNone(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(EntryKind k) {
                return k == null ? none : k.wireName();
            }

            @Override
            public EntryKind fromString(String s) {
                return EntryKind.parse(s);
            }
        };
    }
}
