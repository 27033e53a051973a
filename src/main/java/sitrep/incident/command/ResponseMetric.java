package sitrep.incident.command;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import sitrep.domain.EntryKind;
import sitrep.domain.TimelineEntry;

/**
 * One response metric computed from the milestones, with the formula that says how, so a reader of the
 * export can check it. Empty when a milestone it needs was not reached.
 */
public record ResponseMetric(String name, Optional<Duration> value, String formula) {

    /** Time to detect, acknowledge, identify, mitigate and resolve, then time on misleading leads. */
    public static List<ResponseMetric> of(Milestones m, List<TimelineEntry> entries) {
        return List.of(
                between("Time to detect", m, Milestone.STARTED, Milestone.DETECTED),
                between("Time to acknowledge", m, Milestone.DETECTED, Milestone.ACKNOWLEDGED),
                between("Time to identify", m, Milestone.STARTED, Milestone.IDENTIFIED),
                between("Time to mitigate", m, Milestone.STARTED, Milestone.MITIGATED),
                between("Time to resolve", m, Milestone.STARTED, Milestone.RESOLVED),
                new ResponseMetric("Time on misleading leads", misleading(entries),
                        "time on misleading leads = sum of (next entry - misleading entry)"));
    }

    private static ResponseMetric between(String name, Milestones m, Milestone from, Milestone to) {
        Optional<Duration> d = m.at(from).flatMap(f -> m.at(to).map(t -> Duration.between(f, t)));
        return new ResponseMetric(name, d, name.toLowerCase(Locale.ROOT) + " = " + to.wireName() + " - "
                + from.wireName());
    }

    /** Each misleading entry opens a lead that the next entry of another kind closes; overlaps count once. */
    static Optional<Duration> misleading(List<TimelineEntry> entries) {
        Duration total = Duration.ZERO;
        boolean any = false;
        TimelineEntry open = null;
        for (TimelineEntry e : entries) {
            if (e.kind() == EntryKind.UPDATE || e.kind() == EntryKind.FOLLOWUP) {
                continue;
            }
            if (e.kind() == EntryKind.MISLEADING) {
                if (open == null) {
                    open = e;
                }
            } else if (open != null) {
                total = total.plus(Duration.between(open.eventTime(), e.eventTime()));
                any = true;
                open = null;
            }
        }
        return any ? Optional.of(total) : Optional.empty();
    }
}
