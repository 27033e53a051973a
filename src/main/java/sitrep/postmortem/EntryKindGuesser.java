package sitrep.postmortem;

import java.util.Locale;
import java.util.Optional;
import sitrep.domain.EntryKind;

/**
 * Guesses the tag of an imported timeline entry from its words. The order matters: "identified the root
 * cause" after an escalation is a root-cause entry, and "reconfigured, restoring connectivity" is a
 * mitigation while "service restored" is the resolution.
 */
final class EntryKindGuesser {

    private EntryKindGuesser() {
    }

    static EntryKind guess(Optional<String> label, String text, boolean timed) {
        String l = label.map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (l.startsWith("misleading") || l.contains("red herring")) {
            return EntryKind.MISLEADING;
        }
        if (l.startsWith("action")) {
            return EntryKind.ACTION;
        }
        String t = (l + " " + text).toLowerCase(Locale.ROOT);
        if (containsAny(t, "misleading", "red herring", "false lead", "wrong lead")) {
            return EntryKind.MISLEADING;
        }
        if (containsAny(t, "root cause", "identified the cause", "found the cause", "cause was")) {
            return EntryKind.ROOT_CAUSE;
        }
        if (t.contains("escalat")) {
            return EntryKind.ESCALATION;
        }
        if (containsAny(t, "restored", "resolved", "recovered", "back to normal", "fully operational")) {
            return EntryKind.RESOLUTION;
        }
        if (containsAny(t, "reconfigur", "mitigat", "rolled back", "rollback", "roll back", "failover",
                "failed over", "workaround")) {
            return EntryKind.MITIGATION;
        }
        if (containsAny(t, "detect", "alert", "paged", "noticed", "reported")) {
            return EntryKind.DETECTION;
        }
        return timed || label.isPresent() ? EntryKind.ACTION : EntryKind.NOTE;
    }

    private static boolean containsAny(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
