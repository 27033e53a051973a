package sitrep.incident.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import sitrep.domain.TimeFormats;

/**
 * Where sharing stands, for the status bar: in step, or how many records wait and why.
 *
 * @param waiting     local records the store does not have yet
 * @param failingSince when the store was first found unreachable or refusing (null while it answers)
 * @param reason      why, in a few words ("connection refused"), or null
 * @param unreachable true when the reason is the store or network being away (it catches up by itself)
 * @param problems    conflicts and unreadable rows met so far, one line each
 */
public record SyncStatus(long waiting, Instant failingSince, String reason, boolean unreachable,
                         List<String> problems) {

    private static final DateTimeFormatter TIME = TimeFormats.CLOCK;

    public SyncStatus {
        problems = List.copyOf(problems);
    }

    public static SyncStatus starting(long waiting) {
        return new SyncStatus(waiting, null, null, false, List.of());
    }

    public boolean inStep() {
        return failingSince == null && waiting == 0 && problems.isEmpty();
    }

    /** One line: "synced", or "not synced: 12 records waiting, store unreachable since 14:02:11 (connection refused)". */
    public String text(ZoneId zone) {
        if (failingSince != null) {
            return "not synced: " + records(waiting) + " waiting, store " + (unreachable ? "unreachable" : "refusing")
                    + " since " + TIME.format(failingSince.atZone(zone)) + " (" + reason + ")";
        }
        if (!problems.isEmpty()) {
            return "synced, with " + problems.size() + (problems.size() == 1 ? " problem: " : " problems, latest: ")
                    + problems.get(problems.size() - 1);
        }
        return waiting == 0 ? "synced" : "syncing: " + records(waiting) + " waiting";
    }

    private static String records(long n) {
        return n == 1 ? "1 record" : n + " records";
    }
}
