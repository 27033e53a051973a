package sitrep.postmortem;

import java.util.Objects;

/** A place where the document contradicts itself; the editor shows these, exports are not blocked. */
public record PostmortemWarning(Code code, String message) {

    public enum Code {
        NO_DETECTION,
        END_BEFORE_START,
        ZONE_LABEL_DAYLIGHT_MISMATCH,
        ENTRY_OUTSIDE_WINDOW
    }

    public PostmortemWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
