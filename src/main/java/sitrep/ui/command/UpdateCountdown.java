package sitrep.ui.command;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import sitrep.incident.command.CommandPolicy;
import sitrep.incident.command.IncidentCommand;
import sitrep.incident.command.IncidentState;

/**
 * The time to the next stakeholder update in words ("Next update in 12:30", "Update overdue by 2:10"), counted
 * from the last update, else the last severity change, else the incident's start; empty when this severity has
 * no cadence or the incident is resolved.
 */
record UpdateCountdown(String text, boolean overdue) {

    static final UpdateCountdown NONE = new UpdateCountdown("", false);

    static UpdateCountdown of(IncidentCommand c, CommandPolicy policy, Instant incidentStart, Instant now) {
        Optional<Duration> cadence = c.severity().flatMap(policy::cadence);
        if (cadence.isEmpty() || c.state().filter(s -> s == IncidentState.RESOLVED).isPresent()) {
            return NONE;
        }
        Instant base = c.lastUpdate().map(IncidentCommand.PostedUpdate::at)
                .or(() -> c.severityHistory().isEmpty() ? Optional.empty()
                        : Optional.of(c.severityHistory().get(c.severityHistory().size() - 1).at()))
                .orElse(incidentStart);
        Duration left = Duration.between(now, base.plus(cadence.get()));
        boolean late = left.isNegative();
        return new UpdateCountdown(late ? "Update overdue by " + clockText(left.negated())
                : "Next update in " + clockText(left), late);
    }

    /** "4:05" or "1:04:05". */
    static String clockText(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
