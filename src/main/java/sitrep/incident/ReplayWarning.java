package sitrep.incident;

/**
 * A journal line that was skipped. Nothing is ever repaired in place: the line stays in its file, and
 * the warning says where it is so a person can look.
 */
public record ReplayWarning(String file, long line, String reason) {

    @Override
    public String toString() {
        return "journal/" + file + " line " + line + " skipped: " + reason;
    }
}
