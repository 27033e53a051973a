package sitrep.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.TimelineEntry;
import sitrep.postmortem.PostmortemChecks;
import sitrep.postmortem.PostmortemDocument;
import sitrep.postmortem.PostmortemWarning;
import sitrep.postmortem.ResponseMetrics;
import sitrep.postmortem.TimelineItem;

/** Drafting a postmortem from a journaled incident, and what metrics and checks make of the draft. */
class IncidentPostmortemTest {

    private static final IncidentZone ZONE = IncidentZone.parse("UTC+02:00");
    private static final Instant START = Instant.parse("2023-06-10T07:00:00Z");

    private static TimelineEntry entry(String id, int minutes, EntryKind kind, String text) {
        Instant at = START.plus(Duration.ofMinutes(minutes));
        return new TimelineEntry(id, at, kind, "ana", text, at, Map.of(), false);
    }

    private static final List<TimelineEntry> ENTRIES = List.of(
            entry("a", 10, EntryKind.DETECTION, "alert fired"),
            entry("b", 25, EntryKind.MISLEADING, "suspected the CDN"),
            entry("c", 40, EntryKind.ESCALATION, "paged the DBA"),
            entry("d", 70, EntryKind.ROOT_CAUSE, "found the firewall rule"),
            entry("e", 80, EntryKind.MITIGATION, "reverted the rule"),
            entry("f", 95, EntryKind.RESOLUTION, "all green"));

    private static Incident incident(Instant end) {
        return new Incident("Checkout down", ZONE, START, end, "", Map.of(), false);
    }

    @Test
    void aDraftedIncidentYieldsItsResponseMetrics() {
        PostmortemDocument doc = IncidentPostmortem.draft(incident(null), ENTRIES, PostmortemEdits.none());
        ResponseMetrics m = ResponseMetrics.of(doc);
        assertThat(m.timeToDetect()).contains(Duration.ofMinutes(10));
        assertThat(m.timeToEscalate()).contains(Duration.ofMinutes(40));
        assertThat(m.timeToIdentifyRootCause()).contains(Duration.ofMinutes(70));
        assertThat(m.timeToMitigate()).contains(Duration.ofMinutes(80));
        assertThat(m.timeToResolve()).contains(Duration.ofMinutes(95));
        assertThat(m.timeOnMisleadingLeads()).contains(Duration.ofMinutes(15));
        // Times are wall-clock times in the incident's zone; an open incident ends at its last resolution.
        assertThat(doc.window().start()).contains(LocalDateTime.of(2023, 6, 10, 9, 0));
        assertThat(doc.window().end()).contains(LocalDateTime.of(2023, 6, 10, 10, 35));
        assertThat(doc.window().zone().orElseThrow().text()).isEqualTo("UTC+02:00");
        assertThat(PostmortemChecks.check(doc)).isEmpty();
    }

    @Test
    void checksWarnWhenTheDraftHasNoDetection() {
        PostmortemDocument doc = IncidentPostmortem.draft(incident(null), ENTRIES.subList(1, ENTRIES.size()),
                PostmortemEdits.none());
        assertThat(PostmortemChecks.check(doc)).extracting(PostmortemWarning::code)
                .containsExactly(PostmortemWarning.Code.NO_DETECTION);
        assertThat(ResponseMetrics.of(doc).timeToDetect()).isEmpty();
    }

    @Test
    void excludedEntriesStayInTheDocumentButLeaveTheExportsAndMetrics() {
        PostmortemEdits edits = PostmortemEdits.none().with(PostmortemEdit.excludedEntries(List.of("a")));
        PostmortemDocument doc = IncidentPostmortem.draft(incident(null), ENTRIES, edits);
        assertThat(doc.timeline()).hasSize(6);
        assertThat(doc.timeline()).extracting(TimelineItem::included).containsExactly(false, true, true, true, true,
                true);
        assertThat(PostmortemChecks.check(doc)).extracting(PostmortemWarning::code)
                .contains(PostmortemWarning.Code.NO_DETECTION);
    }

    @Test
    void editsOverrideTitleWindowAndFillTheProse() {
        PostmortemEdits edits = PostmortemEdits.none()
                .with(PostmortemEdit.title("Checkout outage"))
                .with(PostmortemEdit.window(Optional.of(START.plus(Duration.ofMinutes(5))),
                        Optional.of(START.plus(Duration.ofHours(2)))))
                .with(PostmortemEdit.rootCause("A firewall rule."));
        PostmortemDocument doc = IncidentPostmortem.draft(incident(START.plus(Duration.ofHours(3))), ENTRIES, edits);
        assertThat(doc.title()).isEqualTo("Checkout outage");
        assertThat(doc.window().start()).contains(LocalDateTime.of(2023, 6, 10, 9, 5));
        assertThat(doc.window().end()).contains(LocalDateTime.of(2023, 6, 10, 11, 0));
        assertThat(doc.rootCause()).isEqualTo("A firewall rule.");
    }

    @Test
    void anUntimedEntryIsDraftedWithItsLabelRightAfterTheEntryBeforeIt() {
        Instant at = START.plus(Duration.ofMinutes(10));
        TimelineEntry untimed = new TimelineEntry("u", at, EntryKind.ACTION, "ana", "checked the pods",
                at.plusMillis(1), Map.of(IncidentPostmortem.UNTIMED_LABEL, "Actions taken"), false);
        List<TimelineEntry> entries = List.of(ENTRIES.get(0), untimed, ENTRIES.get(2));
        PostmortemDocument doc = IncidentPostmortem.draft(incident(null), entries, PostmortemEdits.none());
        assertThat(doc.timeline().get(1).label()).contains("Actions taken");
        assertThat(doc.timeline().get(1).isTimed()).isFalse();
        assertThat(doc.timeline().get(2).text()).isEqualTo("paged the DBA");
    }
}
