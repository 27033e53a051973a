package sitrep.incident;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.TimelineEntry;

/**
 * The incident timeline folded from journal records. Records may arrive in any order and more than once
 * (replay, then the watcher, then our own appends echoed back): each is applied once, and an entry's
 * state is recomputed from its own records in {@link Journaled#ORDER}, so every responder ends up with
 * the same timeline whatever order the files were read in. Not thread-safe: one owner thread.
 */
public final class IncidentTimeline {

    private static final System.Logger LOG = System.getLogger(IncidentTimeline.class.getName());

    /** Event time, then written time, then id: how entries are listed everywhere. */
    public static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::eventTime)
            .thenComparing(TimelineEntry::writtenAt).thenComparing(TimelineEntry::id);

    private final Set<String> appliedRecordIds = new HashSet<>();
    private final Map<String, List<Journaled>> recordsByEntry = new HashMap<>();
    private final Map<String, TimelineEntry> entries = new HashMap<>();
    private final Map<String, Journaled> fields = new HashMap<>();
    private final Map<String, Journaled> postmortemFields = new HashMap<>();

    /**
     * Applies records not seen before.
     *
     * @return the ids of entries whose state changed, in the order first touched
     */
    public Set<String> apply(Collection<Journaled> records) {
        Set<String> touched = new LinkedHashSet<>();
        for (Journaled j : records) {
            JournalRecord r = j.record();
            if (!appliedRecordIds.add(r.id())) {
                continue;
            }
            if (r.type() == JournalRecord.Type.INCIDENT_SET) {
                fields.merge(r.field(), j, IncidentTimeline::later);
                continue;
            }
            if (r.type() == JournalRecord.Type.POSTMORTEM_SET) {
                postmortemFields.merge(r.field(), j, IncidentTimeline::later);
                continue;
            }
            List<Journaled> list = recordsByEntry.computeIfAbsent(r.entryId(), id -> new ArrayList<>());
            int at = Collections.binarySearch(list, j, Journaled.ORDER);
            list.add(at < 0 ? -at - 1 : at, j);
            touched.add(r.entryId());
        }
        Set<String> changed = new LinkedHashSet<>();
        for (String id : touched) {
            TimelineEntry before = entries.get(id);
            TimelineEntry after = fold(recordsByEntry.get(id));
            if (after == null) {
                entries.remove(id);
            } else {
                entries.put(id, after);
            }
            if (before == null ? after != null : !before.equals(after)) {
                changed.add(id);
            }
        }
        return changed;
    }

    /** Of two records setting one field, the one written later (ties broken as {@link Journaled#ORDER} does). */
    private static Journaled later(Journaled old, Journaled now) {
        return Journaled.ORDER.compare(now, old) > 0 ? now : old;
    }

    public Set<String> apply(Journaled record) {
        return apply(List.of(record));
    }

    /** Null until the entry's "added" record has arrived (an edit can overtake it across files). */
    private static TimelineEntry fold(List<Journaled> records) {
        JournalRecord added = null;
        for (Journaled j : records) {
            if (j.record().type() == JournalRecord.Type.ENTRY_ADDED) {
                added = j.record();
                break;
            }
        }
        if (added == null) {
            return null;
        }
        TimelineEntry e = new TimelineEntry(added.entryId(), added.event(), added.kind(), added.author(),
                added.text(), added.written(), added.evidence(), false);
        for (Journaled j : records) {
            JournalRecord r = j.record();
            switch (r.type()) {
                case ENTRY_EDITED -> e = e.withContent(r.event(), r.kind(), r.text());
                case ENTRY_RETRACTED -> e = e.withRetracted(true);
                case ENTRY_RESTORED -> e = e.withRetracted(false);
                case ENTRY_ANNOTATED -> e = annotated(e, r.field(), r.value());
                default -> {
                }
            }
        }
        return e;
    }

    /** Marks live in the entry's evidence, so every reader of entries sees them without another lookup. */
    private static TimelineEntry annotated(TimelineEntry e, String mark, String value) {
        Map<String, String> evidence = new HashMap<>(e.evidence());
        if (value == null) {
            evidence.remove(mark);
        } else {
            evidence.put(mark, value);
        }
        return new TimelineEntry(e.id(), e.eventTime(), e.kind(), e.author(), e.text(), e.writtenAt(), evidence,
                e.retracted());
    }

    /** The entry in its current state, retracted or not. */
    public Optional<TimelineEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Entries that are not retracted, in {@link #ORDER}. */
    public List<TimelineEntry> entries() {
        return entries.values().stream().filter(e -> !e.retracted()).sorted(ORDER).toList();
    }

    /** Every entry including retracted ones, in {@link #ORDER}. */
    public List<TimelineEntry> allEntries() {
        return entries.values().stream().sorted(ORDER).toList();
    }

    /** The latest value of each incident field set through the journal. */
    public Map<String, String> incidentFields() {
        Map<String, String> values = new HashMap<>();
        fields.forEach((k, v) -> values.put(k, v.record().value()));
        return values;
    }

    /**
     * The latest JSON value of each postmortem field set through the journal; a cleared field maps to null.
     * Decoding the values is the postmortem bridge's business (see sitrep.incident.postmortem).
     */
    public Map<String, String> postmortemFields() {
        Map<String, String> values = new HashMap<>();
        postmortemFields.forEach((k, v) -> values.put(k, v.record().value()));
        return values;
    }

    /**
     * The incident as {@code incident.json} describes it, with fields set through the journal laid over it
     * (fields: title, severity, zone, start, end, role.&lt;name&gt;). A value that does not parse is logged
     * and ignored, so one bad record cannot make the incident unreadable.
     */
    public Incident incident(Incident base) {
        Incident i = base;
        Map<String, String> roles = new HashMap<>(base.roles());
        for (Map.Entry<String, String> f : incidentFields().entrySet()) {
            String v = f.getValue();
            try {
                switch (f.getKey()) {
                    case "title" -> i = i.withTitle(v == null ? "" : v);
                    case "severity" -> i = i.withSeverity(v);
                    case "zone" -> i = i.withZone(IncidentZone.parse(v));
                    case "start" -> i = i.withStart(Instant.parse(v));
                    case "end" -> i = i.withEnd(v == null ? null : Instant.parse(v));
                    default -> {
                        if (f.getKey().startsWith("role.")) {
                            String role = f.getKey().substring("role.".length());
                            if (v == null) {
                                roles.remove(role);
                            } else {
                                roles.put(role, v);
                            }
                        }
                    }
                }
            } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
                LOG.log(Level.WARNING, "ignored incident field " + f.getKey() + "=" + v + ": " + e.getMessage());
            }
        }
        return i.withRoles(roles);
    }
}
