package sitrep.incident.postmortem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.TimelineEntry;
import sitrep.incident.IncidentFolder;
import sitrep.incident.JournalReplay;
import sitrep.incident.ReplayWarning;
import sitrep.incident.IncidentTimeline;
import sitrep.incident.command.CommandEntries;
import sitrep.incident.command.Followup;
import sitrep.incident.command.IncidentCommand;
import sitrep.incident.command.Severity;
import sitrep.postmortem.IncidentEvent;
import sitrep.postmortem.Measure;
import sitrep.postmortem.Task;
import sitrep.postmortem.PostmortemDocument;
import sitrep.postmortem.PostmortemDrafter;
import sitrep.postmortem.ZoneLabel;

/**
 * The postmortem of a journaled incident: the incident's facts and timeline drafted by
 * {@link PostmortemDrafter}, with the postmortem's own fields from the journal laid over them. The
 * postmortem package knows nothing of the journal; this is the one place where the two meet.
 */
public final class IncidentPostmortem {

    /**
     * Evidence key of an entry that stands in the postmortem without a time ("Actions taken: ..."); its
     * value is that label. The entry's event time only places it: right after the timed entry before it.
     */
    public static final String UNTIMED_LABEL = "postmortem.untimed-label";

    /**
     * Incident field ({@code incident.set}) saying which entries the postmortem takes: "only" the starred
     * ones, or (absent, or anything else) all of them, the starred ones marked with a star.
     */
    public static final String STARRED_FIELD = "postmortem.starred";

    private IncidentPostmortem() {
    }

    /** An incident folder read once: what a draft is made from, and the journal lines that were skipped. */
    public record Loaded(Incident incident, List<TimelineEntry> entries, PostmortemEdits edits,
                         List<ReplayWarning> warnings, Map<String, String> incidentFields) {
        public Loaded {
            entries = List.copyOf(entries);
            warnings = List.copyOf(warnings);
            incidentFields = Collections.unmodifiableMap(new HashMap<>(incidentFields));
        }

        public PostmortemDocument draft() {
            return IncidentPostmortem.draft(incident, entries, edits, incidentFields, Map.of());
        }

        /** @param severityDefinitions the settings' wording of each severity level; missing ones use the defaults */
        public PostmortemDocument draft(Map<Severity, String> severityDefinitions) {
            return IncidentPostmortem.draft(incident, entries, edits, incidentFields, severityDefinitions);
        }
    }

    /**
     * Reads the incident, every responder's journal and the postmortem fields in it.
     *
     * @throws IOException              when there is no incident folder at {@code dir} or it cannot be read
     * @throws IllegalArgumentException when its incident.json is malformed
     */
    public static Loaded load(Path dir) throws IOException {
        IncidentFolder folder = IncidentFolder.open(dir);
        JournalReplay.Result replay = JournalReplay.replay(folder.journalDir());
        IncidentTimeline timeline = new IncidentTimeline();
        timeline.apply(replay.records());
        return new Loaded(timeline.incident(folder.incident()), timeline.entries(), PostmortemEdits.of(timeline),
                replay.warnings(), timeline.incidentFields());
    }

    /**
     * @param entries the incident's entries that are not retracted, in {@link IncidentTimeline#ORDER}
     */
    public static PostmortemDocument draft(Incident incident, List<TimelineEntry> entries, PostmortemEdits edits) {
        return draft(incident, entries, edits, Map.of(), Map.of());
    }

    /**
     * Also words the incident command records (status, severity, roles, updates, follow-ups) for the
     * appendix. Updates and follow-ups stand there, not in the timeline.
     *
     * @param incidentFields the journaled incident fields, which hold edited milestones
     */
    public static PostmortemDocument draft(Incident incident, List<TimelineEntry> entries, PostmortemEdits edits,
                                           Map<String, String> incidentFields,
                                           Map<Severity, String> severityDefinitions) {
        List<IncidentEvent> events = new ArrayList<>(entries.size());
        Set<Integer> excluded = new HashSet<>();
        boolean onlyStarred = "only".equals(incidentFields.get(STARRED_FIELD));
        for (TimelineEntry e : entries) {
            if (e.kind() == EntryKind.UPDATE || e.kind() == EntryKind.FOLLOWUP) {
                continue;
            }
            boolean starred = CommandEntries.starred(e.evidence());
            if (onlyStarred && !starred) {
                continue;
            }
            if (starred && !onlyStarred) {
                e = e.withContent(e.eventTime(), e.kind(), "★ " + e.text());
            }
            if (edits.excludedEntryIds().contains(e.id())) {
                excluded.add(events.size());
            }
            events.add(event(e));
        }
        Optional<Instant> start = edits.windowStart().or(() -> Optional.of(incident.start()));
        Optional<Instant> end = edits.windowEnd().or(() -> Optional.ofNullable(incident.end()));
        PostmortemDocument drafted = PostmortemDrafter.draft(edits.title().orElse(incident.title()), start, end,
                zoneLabel(incident.zone()), events, excluded);
        return drafted.toBuilder()
                .impact(edits.impact())
                .rootCause(edits.rootCause())
                .resolution(edits.resolution())
                .measures(pointAtFollowups(edits.measures(), IncidentCommand.of(incident, entries, incidentFields)
                        .followups()))
                .measuresClosing(edits.measuresClosing())
                .conclusion(edits.conclusion())
                .unplaced(edits.unplaced())
                .command(CommandReports.of(incident, entries, incidentFields, severityDefinitions))
                .build();
    }

    private static final Pattern FOLLOWUP_REF = Pattern.compile("(?i)^\\s*(F\\d+)\\s*$");

    /**
     * A task written as a follow-up's reference ("F2") points at it: the export states the follow-up's
     * summary, owner and due date, as the follow-ups list has them now.
     */
    static List<Measure> pointAtFollowups(List<Measure> measures, List<Followup> followups) {
        if (followups.isEmpty()) {
            return measures;
        }
        List<Measure> out = new ArrayList<>(measures.size());
        for (Measure m : measures) {
            List<Task> tasks = new ArrayList<>(m.tasks().size());
            for (Task t : m.tasks()) {
                Matcher ref = FOLLOWUP_REF.matcher(t.text());
                Optional<Followup> f = ref.matches() ? followups.stream()
                        .filter(x -> x.reference().equalsIgnoreCase(ref.group(1))).findFirst() : Optional.empty();
                tasks.add(f.map(x -> new Task(x.reference() + " " + x.text(), x.owner().or(t::owner),
                        x.due().or(t::due))).orElse(t));
            }
            out.add(new Measure(m.name(), m.description(), tasks));
        }
        return out;
    }

    /**
     * The incident's zone as the postmortem writes it: its label ("PST", "Europe/Berlin"). A fixed offset
     * never observes daylight time, so such a label makes no claim the checks could hold it to.
     */
    public static ZoneLabel zoneLabel(IncidentZone zone) {
        return new ZoneLabel(zone.label(), zone.zoneId(), ZoneLabel.Claim.NONE);
    }

    private static IncidentEvent event(TimelineEntry e) {
        String label = e.evidence().get(UNTIMED_LABEL);
        if (label != null) {
            return IncidentEvent.untimed(label, e.text(), e.kind());
        }
        return IncidentEvent.at(e.eventTime(), e.text(), e.kind());
    }
}
