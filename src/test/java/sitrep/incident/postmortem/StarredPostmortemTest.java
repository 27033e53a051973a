package sitrep.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.TimelineEntry;
import sitrep.postmortem.TimelineItem;

/** The postmortem takes every entry with the starred ones marked, or only the starred ones. */
class StarredPostmortemTest {

    private static final Instant START = Instant.parse("2023-06-10T22:00:00Z");
    private static final Incident INCIDENT = new Incident("Outage", IncidentZone.parse("PST"), START, null, "",
            Map.of(), false);
    private static final List<TimelineEntry> ENTRIES = List.of(
            new TimelineEntry("a", START, EntryKind.DETECTION, "ana", "alerts fired", START, Map.of("star", "true"),
                    false),
            new TimelineEntry("b", START.plusSeconds(60), EntryKind.NOTE, "ana", "coffee", START, Map.of(), false),
            new TimelineEntry("c", START.plusSeconds(90), EntryKind.FOLLOWUP, "ana", "add alert", START, Map.of(),
                    false));

    @Test
    void starredEntriesAreMarkedOrAloneAndFollowupsStayInTheAppendix() {
        var all = IncidentPostmortem.draft(INCIDENT, ENTRIES, PostmortemEdits.none(), Map.of(), Map.of());
        assertThat(all.timeline()).extracting(TimelineItem::text).containsExactly("★ alerts fired", "coffee");
        assertThat(all.command().followups()).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo("add alert"));

        var only = IncidentPostmortem.draft(INCIDENT, ENTRIES, PostmortemEdits.none(),
                Map.of(IncidentPostmortem.STARRED_FIELD, "only"), Map.of());
        assertThat(only.timeline()).extracting(TimelineItem::text).containsExactly("alerts fired");
    }

    @Test
    void aMeasureTaskWrittenAsAFollowupReferencePointsAtIt() {
        TimelineEntry followup = new TimelineEntry("f", START, EntryKind.FOLLOWUP, "ana", "Alert on pool saturation",
                START, Map.of("followup.owner", "carol", "followup.due", "2023-06-30"), false);
        var measures = List.of(new sitrep.postmortem.Measure("Monitoring", "watch the pool",
                List.of(sitrep.postmortem.Task.of("F1"), sitrep.postmortem.Task.of("F9"))));
        var pointed = IncidentPostmortem.pointAtFollowups(measures,
                sitrep.incident.command.IncidentCommand.of(INCIDENT, List.of(followup), Map.of()).followups());
        assertThat(pointed.get(0).tasks().get(0).text()).isEqualTo("F1 Alert on pool saturation");
        assertThat(pointed.get(0).tasks().get(0).owner()).contains("carol");
        assertThat(pointed.get(0).tasks().get(0).due()).hasValueSatisfying(d -> assertThat(d).hasToString("2023-06-30"));
        assertThat(pointed.get(0).tasks().get(1).text()).as("no such follow-up: left as written").isEqualTo("F9");
    }
}
