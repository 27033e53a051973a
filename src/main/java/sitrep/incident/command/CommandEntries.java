package sitrep.incident.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import sitrep.domain.EntryKind;
import sitrep.incident.JournalRecord;

/**
 * The journal records of incident command. Each is an ordinary timeline entry of its own kind whose facts
 * sit in its evidence under the keys below, so it is backdated, edited, retracted, merged and replayed
 * exactly as a note is; {@link IncidentCommand} folds them. Marks set later (a star, a follow-up's owner)
 * are {@code entry.annotated} records on the entry.
 */
public final class CommandEntries {

    public static final String STATUS = "status";
    public static final String SEVERITY = "severity";
    public static final String ROLE = "role";
    public static final String PERSON = "person";
    public static final String PREVIOUS = "previous";
    /** For SMEs: "joins" or "leaves"; other roles have one holder and are simply handed over. */
    public static final String CHANGE = "change";
    public static final String UPDATE_STATE = "update.state";
    public static final String UPDATE_CONDITIONS = "update.conditions";
    public static final String UPDATE_ACTIONS = "update.actions";
    public static final String UPDATE_NEEDS = "update.needs";
    public static final String FOLLOWUP_OWNER = "followup.owner";
    public static final String FOLLOWUP_DUE = "followup.due";
    public static final String FOLLOWUP_PRIORITY = "followup.priority";
    /** "done" once closed; absent while open. */
    public static final String FOLLOWUP_STATE = "followup.state";
    /** "true" on a starred entry; absent otherwise. */
    public static final String STAR = "star";

    private CommandEntries() {
    }

    public static JournalRecord status(IncidentState state, String author, Instant written, Instant event) {
        return JournalRecord.added(JournalRecord.newId(), author, written, event, EntryKind.STATUS,
                "Status: " + state.wireName(), Map.of(STATUS, state.wireName()));
    }

    public static JournalRecord severity(Severity severity, String author, Instant written, Instant event) {
        return JournalRecord.added(JournalRecord.newId(), author, written, event, EntryKind.SEVERITY,
                "Severity: " + severity.name(), Map.of(SEVERITY, severity.name()));
    }

    /**
     * Assigns a role; {@code previous} (blank when none) is who held it, so the entry reads as a handover.
     * For {@link Role#SME} a person joins, or leaves with {@code leaves}.
     */
    public static JournalRecord role(Role role, String person, String previous, boolean leaves, String author,
                                     Instant written, Instant event) {
        String who = person == null ? "" : person.strip();
        String was = previous == null ? "" : previous.strip();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(ROLE, role.wireName());
        facts.put(PERSON, who);
        if (!was.isEmpty()) {
            facts.put(PREVIOUS, was);
        }
        String text;
        if (role == Role.SME) {
            facts.put(CHANGE, leaves ? "leaves" : "joins");
            text = who + (leaves ? " leaves as " : " joins as ") + role.duty();
        } else if (who.isEmpty()) {
            text = was.isEmpty() ? role.label() + " unassigned" : was + " steps down from " + role.duty();
        } else if (!was.isEmpty() && !was.equals(who)) {
            text = was + " hands " + role.duty() + " to " + who;
        } else {
            text = role == Role.COMMANDER ? who + " takes command" : who + " takes " + role.duty();
        }
        return JournalRecord.added(JournalRecord.newId(), author, written, event, EntryKind.ROLE, text, facts);
    }

    public static JournalRecord update(StakeholderUpdate update, String author, Instant written, Instant event) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(UPDATE_STATE, update.state().wireName());
        facts.put(UPDATE_CONDITIONS, update.conditions());
        facts.put(UPDATE_ACTIONS, update.actions());
        facts.put(UPDATE_NEEDS, update.needs());
        return JournalRecord.added(JournalRecord.newId(), author, written, event, EntryKind.UPDATE,
                update.summary(), facts);
    }

    /** A follow-up from quick-entry text: its marks (@owner, a date, !priority) become the entry's evidence. */
    public static JournalRecord followup(String text, LocalDate today, String author, Instant written,
                                         Instant event) {
        FollowupText.Parsed parsed = FollowupText.parse(text, today);
        return JournalRecord.added(JournalRecord.newId(), author, written, event, EntryKind.FOLLOWUP, parsed.text(),
                parsed.marks());
    }

    /** Stars or unstars any entry. */
    public static JournalRecord star(String entryId, boolean starred, String author, Instant written) {
        return JournalRecord.annotated(entryId, STAR, starred ? "true" : null, author, written);
    }

    /** Sets ({@code value} non-blank) or clears a follow-up's owner, due date, priority or state. */
    public static JournalRecord followupMark(String entryId, String mark, String value, String author,
                                             Instant written) {
        return JournalRecord.annotated(entryId, mark, value == null || value.isBlank() ? null : value.strip(),
                author, written);
    }

    public static boolean starred(Map<String, String> evidence) {
        return "true".equals(evidence.get(STAR));
    }
}
