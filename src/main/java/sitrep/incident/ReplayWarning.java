package sitrep.incident;

import sitrep.domain.TerminalText;

/**
 * A journal line that was skipped. Nothing is ever repaired in place: the line stays in its file, and
 * the warning says where it is so a person can look.
 */
public record ReplayWarning(String file, long line, String reason) {

    /** A reason may quote the line's own bytes: shown escaped, so a warning is always one line. */
    public ReplayWarning {
        reason = TerminalText.escape(reason);
    }

    @Override
    public String toString() {
        return "journal/" + file + " line " + line + " skipped: " + reason;
    }
}
