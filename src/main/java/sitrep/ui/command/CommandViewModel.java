package sitrep.ui.command;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import sitrep.domain.Incident;
import sitrep.incident.JournalRecord;
import sitrep.incident.QuickEntryParser;
import sitrep.incident.command.CommandEntries;
import sitrep.incident.command.CommandPolicy;
import sitrep.incident.command.FollowupPriority;
import sitrep.incident.command.FollowupText;
import sitrep.incident.command.IncidentCommand;
import sitrep.incident.command.IncidentState;
import sitrep.incident.command.Milestone;
import sitrep.incident.command.Role;
import sitrep.incident.command.Severity;
import sitrep.incident.command.StakeholderUpdate;
import sitrep.incident.postmortem.PostmortemEdits;
import sitrep.ui.timeline.TimelineViewModel;

/**
 * The always-visible incident command summary and its actions: status, severity, commander, the countdown
 * to the next stakeholder update, and the records that change them. Every action is a journal record
 * written through the timeline (so it shows there, undoes there and merges like a note); the summary is
 * refolded whenever the timeline changes. Call everything on the ui thread; {@link #tick} once a second.
 */
public final class CommandViewModel {

    /** Where a posted update goes besides the journal: the clipboard in the console. */
    @FunctionalInterface
    public interface Clipboard {
        void copy(String plainText, String markdown);
    }

    private final TimelineViewModel timeline;
    private final CommandPolicy policy;
    private final Clock clock;
    private final Clipboard clipboard;

    private final ReadOnlyObjectWrapper<IncidentCommand> command = new ReadOnlyObjectWrapper<>(this, "command");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper severity = new ReadOnlyStringWrapper(this, "severity", "");
    private final ReadOnlyStringWrapper severityDefinition = new ReadOnlyStringWrapper(this, "severityDefinition", "");
    private final ReadOnlyStringWrapper commander = new ReadOnlyStringWrapper(this, "commander", "");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyBooleanWrapper overdue = new ReadOnlyBooleanWrapper(this, "overdue", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper posted = new ReadOnlyStringWrapper(this, "posted", "");

    public CommandViewModel(TimelineViewModel timeline, CommandPolicy policy, Clock clock, Clipboard clipboard) {
        this.timeline = timeline;
        this.policy = policy;
        this.clock = clock;
        this.clipboard = clipboard;
        timeline.allRows().addListener((ListChangeListener<Object>) c -> refresh());
        refresh();
    }

    // --- state ----------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<IncidentCommand> commandProperty() {
        return command.getReadOnlyProperty();
    }

    /** "Investigating", or "No status" before the first one. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "SEV1", or "No severity". */
    public ReadOnlyStringProperty severityProperty() {
        return severity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty severityDefinitionProperty() {
        return severityDefinition.getReadOnlyProperty();
    }

    /** "IC bob", or "No commander". */
    public ReadOnlyStringProperty commanderProperty() {
        return commander.getReadOnlyProperty();
    }

    /** "Next update in 12:30", "Update overdue by 2:10", or empty when this severity has no cadence. */
    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    /** Why the last action did not happen, empty when it did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Update posted at 15:35 and copied (text and Markdown)" once the last update is on disk. */
    public ReadOnlyStringProperty postedProperty() {
        return posted.getReadOnlyProperty();
    }

    /** The console's time (the scenario's during a drill). */
    public Instant now() {
        return clock.instant();
    }

    public CommandPolicy policy() {
        return policy;
    }

    public Incident incident() {
        return timeline.incident();
    }

    // --- actions --------------------------------------------------------------------------------------

    /**
     * Records a status at {@code time} (blank: now). Resolving also sets the incident's end to that time,
     * which is why the view has the responder confirm it first; reopening clears the end.
     */
    public void setStatus(IncidentState state, String time) {
        Optional<Instant> at = time(time);
        if (at.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        JournalRecord record = CommandEntries.status(state, timeline.author(), now, at.get());
        if (state == IncidentState.RESOLVED) {
            if (at.get().isBefore(incident().start())) {
                error.set("The incident cannot be resolved before it started.");
                return;
            }
            JournalRecord end = JournalRecord.incidentSet("end", at.get().toString(), timeline.author(), now);
            write(record, () -> write(end, this::refresh));
        } else if (state == IncidentState.REOPENED && incident().end() != null) {
            JournalRecord end = JournalRecord.incidentSet("end", null, timeline.author(), now);
            write(record, () -> write(end, this::refresh));
        } else {
            write(record, () -> { });
        }
    }

    public void setSeverity(Severity s, String time) {
        time(time).ifPresent(at -> write(CommandEntries.severity(s, timeline.author(), clock.instant(), at), () -> { }));
    }

    /** Assigns {@code role} to {@code person} (blank unassigns); an SME joins, or leaves with {@code leaves}. */
    public void assignRole(Role role, String person, boolean leaves, String time) {
        String who = person == null ? "" : person.strip();
        if (role == Role.SME && who.isEmpty()) {
            error.set("A subject-matter expert needs a name.");
            return;
        }
        String previous = role == Role.SME ? "" : command.get().holder(role).orElse("");
        time(time).ifPresent(at -> write(CommandEntries.role(role, who, previous, leaves, timeline.author(),
                clock.instant(), at), () -> { }));
    }

    /** Sets (or, blank, clears) a follow-up's owner, due date, priority or state. */
    public void markFollowup(String entryId, String mark, String value) {
        error.set("");
        String v = value == null ? "" : value.strip();
        try {
            if (mark.equals(CommandEntries.FOLLOWUP_DUE) && !v.isEmpty()) {
                v = FollowupText.dueDate(v, clock.instant().atZone(incident().zone().zoneId()).toLocalDate()).toString();
            } else if (mark.equals(CommandEntries.FOLLOWUP_PRIORITY) && !v.isEmpty()) {
                v = FollowupPriority.parse(v).name().toLowerCase(Locale.ROOT);
            }
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        timeline.markFollowup(entryId, mark, v);
    }

    /** Sets a milestone's time (blank: back to the one derived from the timeline). */
    public void editMilestone(Milestone m, String time) {
        String value = null;
        if (time != null && !time.isBlank()) {
            Optional<Instant> at = time(time);
            if (at.isEmpty()) {
                return;
            }
            value = at.get().toString();
        }
        write(JournalRecord.incidentSet(m.field(), value, timeline.author(), clock.instant()), this::refresh);
    }

    /**
     * A new update prefilled: the state from the status, the conditions from the postmortem's impact (or a
     * sentence about the status), the actions from the latest action, mitigation and root-cause entries
     * since the last update, and the needs empty.
     */
    public StakeholderUpdate draftUpdate() {
        String impact = PostmortemEdits.of(timeline.postmortemFields()).impact().text();
        return UpdateDraft.of(command.get(), impact, incident().title(), timeline.entries());
    }

    /** Journals the update; once it is on disk it is copied as plain text and Markdown. */
    public void postUpdate(StakeholderUpdate update) {
        if (update.isBlank()) {
            error.set("The update is empty: write the conditions, actions or needs.");
            return;
        }
        Instant now = clock.instant();
        Incident i = incident();
        write(CommandEntries.update(update, timeline.author(), now, now), () -> {
            clipboard.copy(update.plainText(i.title(), now, i.zone().zoneId(), i.zone().label()),
                    update.markdown(i.title(), now, i.zone().zoneId(), i.zone().label()));
            posted.set("Update posted and copied as text and Markdown");
        });
    }

    /** Once a second: the countdown follows the clock. */
    public void tick() {
        UpdateCountdown c = UpdateCountdown.of(command.get(), policy, incident().start(), clock.instant());
        overdue.set(c.overdue());
        countdown.set(c.text());
    }

    // --- plumbing -------------------------------------------------------------------------------------

    private void refresh() {
        IncidentCommand c = IncidentCommand.of(timeline.incident(), timeline.entries(), timeline.incidentFields());
        command.set(c);
        status.set(c.state().map(IncidentState::label).orElse("No status"));
        severity.set(c.severity().map(Severity::name).orElse("No severity"));
        severityDefinition.set(c.severity().map(policy::definition).orElse("Set a severity (SEV1 to SEV5)"));
        commander.set(c.holder(Role.COMMANDER).map(p -> "IC " + p).orElse("No commander"));
        tick();
    }

    private Optional<Instant> time(String text) {
        if (text == null || text.isBlank()) {
            error.set("");
            return Optional.of(clock.instant());
        }
        try {
            Instant at = QuickEntryParser.parseTime(text, incident().zone().zoneId(), clock.instant(), null);
            error.set("");
            return Optional.of(at);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void write(JournalRecord record, Runnable onSaved) {
        error.set("");
        timeline.append(record, () -> {
            onSaved.run();
            refresh();
        }, () -> error.set(timeline.errorProperty().get()));
    }
}
