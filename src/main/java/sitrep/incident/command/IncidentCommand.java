package sitrep.incident.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.TimelineEntry;

/**
 * Incident command as the timeline leaves it: status, severity and roles with their histories, the
 * stakeholder updates, the follow-ups and the starred entries. A pure fold of the (non-retracted) entries in
 * timeline order (event time, written time, id), so two responders changing the status in the same second
 * get the same current status everywhere, and both changes stay in the history.
 *
 * @param roles   the holder of each single-holder role (a role without one is absent)
 * @param experts the subject-matter experts, in the order they joined
 */
public record IncidentCommand(Optional<IncidentState> state, List<Change> statusHistory,
                              Optional<Severity> severity, List<Change> severityHistory,
                              Map<Role, String> roles, List<String> experts, List<Change> roleChanges,
                              List<PostedUpdate> updates, List<Followup> followups, Set<String> starred,
                              Milestones milestones) {

    /** One status, severity or role record: when, who wrote it, the value, the sentence, its entry. */
    public record Change(Instant at, String author, String value, String text, String entryId) {
    }

    /** A stakeholder update as it was posted. */
    public record PostedUpdate(Instant at, String author, StakeholderUpdate update, String entryId) {
    }

    public IncidentCommand {
        statusHistory = List.copyOf(statusHistory);
        severityHistory = List.copyOf(severityHistory);
        roles = Map.copyOf(roles);
        experts = List.copyOf(experts);
        roleChanges = List.copyOf(roleChanges);
        updates = List.copyOf(updates);
        followups = List.copyOf(followups);
        starred = Set.copyOf(starred);
    }

    /**
     * @param incident the incident with journaled fields applied ({@code Timeline.incident})
     * @param entries  its entries that are not retracted, in timeline order
     * @param fields   the journaled incident fields ({@code Timeline.incidentFields}), for edited milestones
     */
    public static IncidentCommand of(Incident incident, List<TimelineEntry> entries, Map<String, String> fields) {
        List<Change> status = new ArrayList<>();
        List<Change> severity = new ArrayList<>();
        List<Change> roleChanges = new ArrayList<>();
        List<PostedUpdate> updates = new ArrayList<>();
        List<Followup> followups = new ArrayList<>();
        Set<String> starred = new LinkedHashSet<>();
        Map<Role, String> roles = new EnumMap<>(Role.class);
        List<String> experts = new ArrayList<>();
        incident.roles().forEach((name, person) -> {
            try {
                Role r = Role.parse(name);
                if (r == Role.SME) {
                    experts.add(person);
                } else if (!person.isBlank()) {
                    roles.put(r, person);
                }
            } catch (IllegalArgumentException e) {
                // A role this build does not know stays in incident.json, unshown.
            }
        });
        Optional<Severity> current = readSeverity(incident.severity());
        IncidentState state = null;
        for (TimelineEntry e : entries) {
            Map<String, String> ev = e.evidence();
            if (CommandEntries.starred(ev)) {
                starred.add(e.id());
            }
            try {
                switch (e.kind()) {
                    case STATUS -> {
                        if (ev.containsKey(CommandEntries.STATUS)) {
                            state = IncidentState.parse(ev.get(CommandEntries.STATUS));
                            status.add(change(e, state.wireName()));
                        }
                    }
                    case SEVERITY -> {
                        if (ev.containsKey(CommandEntries.SEVERITY)) {
                            Severity s = Severity.parse(ev.get(CommandEntries.SEVERITY));
                            current = Optional.of(s);
                            severity.add(change(e, s.name()));
                        }
                    }
                    case ROLE -> {
                        if (ev.containsKey(CommandEntries.ROLE)) {
                            applyRole(e, roles, experts);
                            roleChanges.add(change(e, ev.get(CommandEntries.ROLE) + "="
                                    + ev.getOrDefault(CommandEntries.PERSON, "")));
                        }
                    }
                    case UPDATE -> updates.add(new PostedUpdate(e.eventTime(), e.author(), update(e), e.id()));
                    case FOLLOWUP -> followups.add(followup(e, followups.size() + 1));
                    default -> {
                    }
                }
            } catch (IllegalArgumentException | DateTimeParseException ex) {
                // A record whose facts this build cannot read is still an entry in the timeline.
            }
        }
        Optional<IncidentState> now = Optional.ofNullable(state);
        Milestones milestones = Milestones.derive(incident.start(), Optional.ofNullable(incident.end()), now, entries,
                fields);
        return new IncidentCommand(now, status, current, severity, roles, experts, roleChanges, updates, followups,
                starred, milestones);
    }

    /** True when the journal holds any incident command record: the exports then add their command sections. */
    public boolean hasRecords() {
        return !statusHistory.isEmpty() || !severityHistory.isEmpty() || !roleChanges.isEmpty() || !updates.isEmpty()
                || !followups.isEmpty();
    }

    /** The worst severity the incident ever had. */
    public Optional<Severity> highestSeverity() {
        Optional<Severity> worst = severity;
        for (Change c : severityHistory) {
            Severity s = Severity.valueOf(c.value());
            if (worst.isEmpty() || s.level() < worst.get().level()) {
                worst = Optional.of(s);
            }
        }
        return worst;
    }

    public Optional<String> holder(Role role) {
        return Optional.ofNullable(roles.get(role));
    }

    public Optional<PostedUpdate> lastUpdate() {
        return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
    }

    private static Change change(TimelineEntry e, String value) {
        return new Change(e.eventTime(), e.author(), value, e.text(), e.id());
    }

    private static void applyRole(TimelineEntry e, Map<Role, String> roles, List<String> experts) {
        Role role = Role.parse(e.evidence().get(CommandEntries.ROLE));
        String person = e.evidence().getOrDefault(CommandEntries.PERSON, "").strip();
        if (role == Role.SME) {
            experts.remove(person);
            if (!"leaves".equals(e.evidence().get(CommandEntries.CHANGE)) && !person.isEmpty()) {
                experts.add(person);
            }
        } else if (person.isEmpty()) {
            roles.remove(role);
        } else {
            roles.put(role, person);
        }
    }

    private static StakeholderUpdate update(TimelineEntry e) {
        Map<String, String> ev = e.evidence();
        IncidentState s = ev.containsKey(CommandEntries.UPDATE_STATE)
                ? IncidentState.parse(ev.get(CommandEntries.UPDATE_STATE)) : IncidentState.INVESTIGATING;
        if (!ev.containsKey(CommandEntries.UPDATE_CONDITIONS) && !ev.containsKey(CommandEntries.UPDATE_ACTIONS)) {
            // Typed as "#update ..." in the quick entry: the text is the update.
            return new StakeholderUpdate(s, e.text(), "", "");
        }
        return new StakeholderUpdate(s, ev.get(CommandEntries.UPDATE_CONDITIONS), ev.get(CommandEntries.UPDATE_ACTIONS),
                ev.get(CommandEntries.UPDATE_NEEDS));
    }

    private static Followup followup(TimelineEntry e, int number) {
        Map<String, String> ev = e.evidence();
        Optional<LocalDate> due = Optional.empty();
        if (ev.containsKey(CommandEntries.FOLLOWUP_DUE)) {
            try {
                due = Optional.of(LocalDate.parse(ev.get(CommandEntries.FOLLOWUP_DUE)));
            } catch (DateTimeParseException ex) {
                // keeps no due date rather than losing the item
            }
        }
        return new Followup(e.id(), number, e.text(), Optional.ofNullable(ev.get(CommandEntries.FOLLOWUP_OWNER)), due,
                Optional.ofNullable(ev.get(CommandEntries.FOLLOWUP_PRIORITY)).flatMap(FollowupPriority::fromTag),
                "done".equals(ev.get(CommandEntries.FOLLOWUP_STATE)), e.author(), e.eventTime());
    }

    private static Optional<Severity> readSeverity(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Severity.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
