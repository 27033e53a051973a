package sitrep.incident.command;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import sitrep.domain.EntryKind;
import sitrep.domain.TimelineEntry;

/**
 * When each milestone was reached. Derived from the timeline unless a responder set it
 * ({@code incident.set milestone.<name>}; cleared to go back to the derived time):
 * <ul>
 *   <li>started: the incident's start;</li>
 *   <li>detected: the first detection entry;</li>
 *   <li>acknowledged: the first status change or commander assignment, whichever came first;</li>
 *   <li>identified: the first "identified" status or root-cause entry;</li>
 *   <li>mitigated: the first "monitoring" status or mitigation entry;</li>
 *   <li>resolved: while the status is resolved, the incident's end (set when resolving); without any status
 *       record, the last resolution entry.</li>
 * </ul>
 *
 * @param edited the milestones whose time a responder set
 */
public record Milestones(Map<Milestone, Instant> times, Map<Milestone, Boolean> edited) {

    public Milestones {
        times = Map.copyOf(times);
        edited = Map.copyOf(edited);
    }

    public Optional<Instant> at(Milestone m) {
        return Optional.ofNullable(times.get(m));
    }

    public boolean isEdited(Milestone m) {
        return edited.getOrDefault(m, false);
    }

    static Milestones derive(Instant start, Optional<Instant> end, Optional<IncidentState> state,
                             List<TimelineEntry> entries, Map<String, String> fields) {
        Map<Milestone, Instant> t = new EnumMap<>(Milestone.class);
        t.put(Milestone.STARTED, start);
        boolean anyStatus = false;
        Instant lastResolution = null;
        for (TimelineEntry e : entries) {
            Instant at = e.eventTime();
            String status = e.kind() == EntryKind.STATUS ? e.evidence().get(CommandEntries.STATUS) : null;
            boolean commander = e.kind() == EntryKind.ROLE
                    && Role.COMMANDER.wireName().equals(e.evidence().get(CommandEntries.ROLE))
                    && !e.evidence().getOrDefault(CommandEntries.PERSON, "").isEmpty();
            if (status != null) {
                anyStatus = true;
            }
            if (e.kind() == EntryKind.DETECTION) {
                t.putIfAbsent(Milestone.DETECTED, at);
            }
            if (status != null || commander) {
                earliest(t, Milestone.ACKNOWLEDGED, at);
            }
            if ("identified".equals(status) || e.kind() == EntryKind.ROOT_CAUSE) {
                earliest(t, Milestone.IDENTIFIED, at);
            }
            if ("monitoring".equals(status) || e.kind() == EntryKind.MITIGATION) {
                earliest(t, Milestone.MITIGATED, at);
            }
            if (e.kind() == EntryKind.RESOLUTION) {
                lastResolution = at;
            }
        }
        if (state.isPresent() && state.get() == IncidentState.RESOLVED && end.isPresent()) {
            t.put(Milestone.RESOLVED, end.get());
        } else if (!anyStatus && lastResolution != null) {
            t.put(Milestone.RESOLVED, lastResolution);
        }
        Map<Milestone, Boolean> edited = new EnumMap<>(Milestone.class);
        for (Milestone m : Milestone.values()) {
            if (!fields.containsKey(m.field())) {
                continue;
            }
            String v = fields.get(m.field());
            if (v == null) {
                continue;
            }
            try {
                t.put(m, Instant.parse(v));
                edited.put(m, true);
            } catch (DateTimeParseException e) {
                // A value this build cannot read keeps the derived time; the journal keeps the value.
            }
        }
        return new Milestones(t, edited);
    }

    private static void earliest(Map<Milestone, Instant> t, Milestone m, Instant at) {
        t.merge(m, at, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** Orders that cannot be: anything before the start, acknowledged before detected, resolved before mitigated. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        Instant started = times.get(Milestone.STARTED);
        for (Milestone m : Milestone.values()) {
            if (m != Milestone.STARTED && times.containsKey(m) && times.get(m).isBefore(started)) {
                out.add(m.label() + " is before the incident started");
            }
        }
        before(out, Milestone.ACKNOWLEDGED, Milestone.DETECTED);
        before(out, Milestone.RESOLVED, Milestone.MITIGATED);
        before(out, Milestone.RESOLVED, Milestone.IDENTIFIED);
        before(out, Milestone.RESOLVED, Milestone.DETECTED);
        return out;
    }

    private void before(List<String> out, Milestone later, Milestone earlier) {
        Instant l = times.get(later);
        Instant e = times.get(earlier);
        if (l != null && e != null && l.isBefore(e)) {
            out.add(later.label() + " is before " + earlier.label().toLowerCase(Locale.ROOT));
        }
    }
}
