package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;

class PostmortemChecksTest {

    @Test
    void theReferenceIsOnlyWarnedAboutPstInJune() {
        List<PostmortemWarning> warnings = PostmortemChecks.check(PostmortemFixtures.reference());
        assertThat(warnings).extracting(PostmortemWarning::code)
                .containsExactly(PostmortemWarning.Code.ZONE_LABEL_DAYLIGHT_MISMATCH);
        assertThat(warnings.get(0).message()).contains("PST").contains("daylight").contains("kept as written");
        assertThat(new TextRenderer().render(PostmortemFixtures.reference())).contains("(PST)");
    }

    @Test
    void pstInJanuaryAndUtcAnyTimeAreFine() {
        LocalDateTime jan = LocalDateTime.of(2024, 1, 10, 9, 0);
        assertThat(codes(window(jan, jan.plusHours(1), "PST"))).isEmpty();
        assertThat(codes(window(jan.withMonth(7), jan.withMonth(7).plusHours(1), "UTC"))).isEmpty();
        assertThat(codes(window(jan, jan.plusHours(1), "PDT")))
                .containsExactly(PostmortemWarning.Code.ZONE_LABEL_DAYLIGHT_MISMATCH);
    }

    @Test
    void endBeforeStartEntriesOutsideTheWindowAndNoDetectionAreWarned() {
        LocalDateTime start = LocalDateTime.of(2024, 1, 10, 9, 0);
        PostmortemDocument doc = PostmortemDocument.builder()
                .window(new IncidentWindow(Optional.of(start), Optional.of(start.minusHours(1)),
                        ZoneParser.parse("UTC")))
                .timeline(List.of(TimelineItem.timed(start.minusMinutes(5), "deploy went out", EntryKind.ACTION)))
                .build();
        assertThat(codes(doc)).containsExactlyInAnyOrder(PostmortemWarning.Code.NO_DETECTION,
                PostmortemWarning.Code.END_BEFORE_START, PostmortemWarning.Code.ENTRY_OUTSIDE_WINDOW);
        PostmortemDocument late = window(start, start.plusHours(1), "UTC").toBuilder()
                .addTimeline(TimelineItem.timed(start.plusHours(2), "postmortem call", EntryKind.NOTE)).build();
        assertThat(PostmortemChecks.check(late)).filteredOn(w -> w.code() == PostmortemWarning.Code.ENTRY_OUTSIDE_WINDOW)
                .singleElement().satisfies(w -> assertThat(w.message()).contains("after the end"));
    }

    private static PostmortemDocument window(LocalDateTime start, LocalDateTime end, String zone) {
        return PostmortemDocument.builder()
                .window(IncidentWindow.of(start, end, ZoneParser.parse(zone).orElseThrow()))
                .timeline(List.of(TimelineItem.timed(start, "alert", EntryKind.DETECTION)))
                .build();
    }

    private static List<PostmortemWarning.Code> codes(PostmortemDocument doc) {
        return PostmortemChecks.check(doc).stream().map(PostmortemWarning::code).toList();
    }
}
