package sitrep.postmortem;

import java.util.List;

/**
 * Incident command as a postmortem reports it, already worded in the incident's zone: the status changes,
 * milestones (with warnings about impossible orders), response metrics with their formulas, severity,
 * roles and handovers, stakeholder updates and follow-ups. Empty for a postmortem without command records
 * (an imported one, or an incident run before they existed): the exports then leave the sections out.
 *
 * @param highestSeverity "SEV1 - Critical: ...", empty when no severity was set
 * @param roles           the holders at the end, "Incident commander: bob"
 */
public record CommandReport(List<Line> lifecycle, List<Line> milestones, List<String> warnings, List<Metric> metrics,
                            String highestSeverity, List<Line> severity, List<String> roles, List<Line> handovers,
                            List<Update> updates, List<Followup> followups) {

    /** A moment: its time ("15:30", or with the date after the first day), who wrote it, what it says. */
    public record Line(String time, String author, String text) {
    }

    /** "Time to mitigate", "1 h 15 min" (or "n/a"), "time to mitigate = mitigated - started". */
    public record Metric(String name, String value, String formula) {
    }

    public record Update(String time, String author, String state, String conditions, String actions, String needs) {
    }

    /** "F1", the summary, "owner: alice, due: 2023-06-30, priority: High", done or open. */
    public record Followup(String reference, String text, String marks, boolean done) {
    }

    public CommandReport {
        lifecycle = List.copyOf(lifecycle);
        milestones = List.copyOf(milestones);
        warnings = List.copyOf(warnings);
        metrics = List.copyOf(metrics);
        severity = List.copyOf(severity);
        roles = List.copyOf(roles);
        handovers = List.copyOf(handovers);
        updates = List.copyOf(updates);
        followups = List.copyOf(followups);
    }

    public static CommandReport none() {
        return new CommandReport(List.of(), List.of(), List.of(), List.of(), "", List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    public boolean isEmpty() {
        return lifecycle.isEmpty() && severity.isEmpty() && roles.isEmpty() && handovers.isEmpty() && updates.isEmpty()
                && followups.isEmpty();
    }
}
