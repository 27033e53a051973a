package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;

class PostmortemDrafterTest {

    private static final ZoneLabel PST = ZoneParser.parse("PST").orElseThrow();
    /** 14:00 PDT on June 10, 2023. */
    private static final Instant T0 = Instant.parse("2023-06-10T21:00:00Z");

    @Test
    void draftsTheReferenceTimelineFromJournalEntries() {
        List<IncidentEvent> events = List.of(
                IncidentEvent.at(T0, "Monitoring alerts detected a sudden drop in API response time.", EntryKind.DETECTION),
                IncidentEvent.untimed("Actions taken", "Engineering team investigated the API server and associated"
                        + " infrastructure.", EntryKind.ACTION),
                IncidentEvent.at(T0.plusSeconds(3 * 3600 + 1800), "API service successfully restored, users regained"
                        + " access.", EntryKind.RESOLUTION),
                IncidentEvent.at(T0.plusSeconds(5400), "Incident escalated to DevOps team.", EntryKind.ESCALATION));
        PostmortemDocument doc = PostmortemDrafter.draft("Service Outage", Optional.empty(), Optional.empty(), PST,
                events);

        assertThat(doc.window().start()).as("proposed from the first detection")
                .contains(LocalDateTime.of(2023, 6, 10, 14, 0));
        assertThat(doc.window().end()).as("proposed from the last resolution")
                .contains(LocalDateTime.of(2023, 6, 10, 17, 30));
        assertThat(doc.timeline()).extracting(TimelineItem::kind).containsExactly(EntryKind.DETECTION,
                EntryKind.ACTION, EntryKind.ESCALATION, EntryKind.RESOLUTION);
        assertThat(new TextRenderer().render(doc)).startsWith("Service Outage - June 10, 2023\n\nSummary:\n"
                + "Duration: June 10, 2023, 14:00 - 17:30 (PST)\n\nTimeline:\n- 14:00: Monitoring alerts");
    }

    @Test
    void recordedStartAndEndWinOverTheProposal() {
        PostmortemDocument doc = PostmortemDrafter.draft("x", Optional.of(T0.minusSeconds(600)),
                Optional.of(T0.plusSeconds(600)), PST, List.of(IncidentEvent.at(T0, "alert", EntryKind.DETECTION)));
        assertThat(doc.window().start()).contains(LocalDateTime.of(2023, 6, 10, 13, 50));
        assertThat(doc.window().end()).contains(LocalDateTime.of(2023, 6, 10, 14, 10));
        assertThat(ResponseMetrics.of(doc).timeToDetect()).hasValueSatisfying(d -> assertThat(d).hasMinutes(10));
    }

    @Test
    void entryKindTagsAreTheJournalsWords() {
        assertThat(List.of(EntryKind.values())).extracting(EntryKind::wireName).containsExactly("detection", "action",
                "misleading", "escalation", "root-cause", "mitigation", "resolution", "note", "status", "severity", "role",
                "update", "followup");
    }
}
