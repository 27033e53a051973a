package sitrep.ui.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import sitrep.domain.EntryKind;
import sitrep.domain.TimelineEntry;
import sitrep.incident.command.IncidentCommand;
import sitrep.incident.command.IncidentState;
import sitrep.incident.command.StakeholderUpdate;

/**
 * A new stakeholder update prefilled from what the journal already says: the state from the status, the
 * conditions from the postmortem's impact (or a sentence about the status), the actions from the latest action,
 * mitigation and root-cause entries since the last update, and the needs empty.
 */
final class UpdateDraft {

    /** At most this many entries are quoted as the actions, the newest ones. */
    static final int ACTIONS = 3;

    private UpdateDraft() {
    }

    static StakeholderUpdate of(IncidentCommand c, String impact, String title, List<TimelineEntry> entries) {
        IncidentState state = StakeholderUpdate.stateFor(c.state().orElse(IncidentState.INVESTIGATING));
        String conditions = !impact.isBlank() ? impact : switch (state) {
            case INVESTIGATING, REOPENED -> "We are investigating " + title + ".";
            case IDENTIFIED -> "The cause of " + title + " is identified and a fix is in progress.";
            case MONITORING -> "A fix is in place and we are monitoring the results.";
            case RESOLVED -> title + " is resolved.";
        };
        Instant since = c.lastUpdate().map(IncidentCommand.PostedUpdate::at).orElse(Instant.MIN);
        List<String> latest = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && latest.size() < ACTIONS; i--) {
            TimelineEntry e = entries.get(i);
            if (e.eventTime().isAfter(since) && (e.kind() == EntryKind.ACTION || e.kind() == EntryKind.MITIGATION
                    || e.kind() == EntryKind.ROOT_CAUSE)) {
                latest.add(0, e.text());
            }
        }
        return new StakeholderUpdate(state, conditions, String.join("; ", latest), "");
    }
}
