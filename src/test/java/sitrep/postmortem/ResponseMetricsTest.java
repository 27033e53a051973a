package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;

class ResponseMetricsTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2023, 6, 10, 14, 0);

    @Test
    void theReferenceTimelineGivesEveryMetric() {
        ResponseMetrics m = ResponseMetrics.of(PostmortemFixtures.reference());
        assertThat(m.timeToDetect()).contains(Duration.ZERO);
        assertThat(m.timeToEscalate()).contains(Duration.ofMinutes(90));
        assertThat(m.timeToIdentifyRootCause()).contains(Duration.ofHours(2));
        assertThat(m.timeToMitigate()).contains(Duration.ofMinutes(150));
        assertThat(m.timeToResolve()).contains(Duration.ofMinutes(210));
        assertThat(m.timeOnMisleadingLeads()).as("untimed lead from 14:00 to the 15:30 escalation")
                .contains(Duration.ofMinutes(90));
    }

    @Test
    void metricsThatTheTimelineCannotTellAreEmpty() {
        PostmortemDocument doc = doc(List.of(TimelineItem.timed(T0.plusMinutes(5), "alert", EntryKind.DETECTION)));
        ResponseMetrics m = ResponseMetrics.of(doc);
        assertThat(m.timeToDetect()).contains(Duration.ofMinutes(5));
        assertThat(m.timeToEscalate()).isEmpty();
        assertThat(m.timeToResolve()).isEmpty();
        assertThat(m.timeOnMisleadingLeads()).isEmpty();
    }

    @Test
    void overlappingMisleadingLeadsCountOnceAndEachLeadEndsAtTheNextRealEntry() {
        PostmortemDocument doc = doc(List.of(
                TimelineItem.timed(T0, "alert", EntryKind.DETECTION),
                TimelineItem.timed(T0.plusMinutes(10), "suspect DNS", EntryKind.MISLEADING),
                TimelineItem.timed(T0.plusMinutes(20), "suspect the CDN too", EntryKind.MISLEADING),
                TimelineItem.timed(T0.plusMinutes(40), "escalated", EntryKind.ESCALATION),
                TimelineItem.timed(T0.plusMinutes(50), "blame the LB", EntryKind.MISLEADING),
                TimelineItem.labelled("Actions taken", "untimed, does not close the lead", EntryKind.ACTION),
                TimelineItem.timed(T0.plusMinutes(65), "restored", EntryKind.RESOLUTION)));
        ResponseMetrics m = ResponseMetrics.of(doc);
        assertThat(m.timeOnMisleadingLeads()).contains(Duration.ofMinutes(30 + 15));
        assertThat(m.timeToResolve()).contains(Duration.ofMinutes(65));
    }

    @Test
    void excludedEntriesDoNotCount() {
        PostmortemDocument doc = doc(List.of(
                TimelineItem.timed(T0.plusMinutes(3), "alert", EntryKind.DETECTION).withIncluded(false),
                TimelineItem.timed(T0.plusMinutes(7), "second alert", EntryKind.DETECTION)));
        assertThat(ResponseMetrics.of(doc).timeToDetect()).contains(Duration.ofMinutes(7));
    }

    @Test
    void durationsAcrossADaylightSavingChangeUseTheZone() {
        LocalDateTime start = LocalDateTime.of(2023, 3, 12, 1, 0);
        ZoneLabel pacific = ZoneParser.parse("PT").orElseThrow();
        PostmortemDocument doc = PostmortemDocument.builder()
                .window(IncidentWindow.of(start, start.plusHours(3), pacific))
                .timeline(List.of(TimelineItem.timed(start.plusHours(3), "restored", EntryKind.RESOLUTION)))
                .build();
        assertThat(ResponseMetrics.of(doc).timeToResolve()).as("01:00 to 04:00 PDT is two hours")
                .contains(Duration.ofHours(2));
    }

    private static PostmortemDocument doc(List<TimelineItem> items) {
        return PostmortemDocument.builder().title("t")
                .window(IncidentWindow.of(T0, T0.plusHours(2), ZoneParser.parse("UTC").orElseThrow()))
                .timeline(items).build();
    }
}
