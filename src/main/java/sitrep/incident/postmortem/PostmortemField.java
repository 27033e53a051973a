package sitrep.incident.postmortem;

import java.util.Optional;

/**
 * The postmortem's own fields as the journal names them in {@code postmortem.set} records. Each is
 * replaced whole by one record, so a field never ends up half one responder's and half another's.
 */
public enum PostmortemField {
    TITLE("title"),
    IMPACT("impact"),
    ROOT_CAUSE("root-cause"),
    RESOLUTION("resolution"),
    MEASURES("measures"),
    MEASURES_CLOSING("measures-closing"),
    CONCLUSION("conclusion"),
    EXCLUDED_ENTRIES("excluded-entries"),
    WINDOW("window"),
    UNPLACED("unplaced");

    private final String wireName;

    PostmortemField(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Empty for a field this build does not know (written by a newer Sitrep): it is then ignored. */
    public static Optional<PostmortemField> fromWire(String name) {
        for (PostmortemField f : values()) {
            if (f.wireName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
