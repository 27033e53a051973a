package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;

class TextAndMarkdownRendererTest {

    private static final LocalDateTime START = LocalDateTime.of(2023, 6, 10, 22, 0);

    @Test
    void textHasNoAppendixByDefaultAndMarkdownHasOne() {
        PostmortemDocument doc = PostmortemFixtures.reference();
        assertThat(new TextRenderer().render(doc)).doesNotContain("Appendix").doesNotContain("Time to detect");
        assertThat(new MarkdownRenderer().render(doc)).contains("## Appendix: Response metrics")
                .contains("| Time on misleading leads | 1 h 30 min |");
        assertThat(new MarkdownRenderer().render(doc, ExportOptions.markdownDefaults().withAppendix(false)))
                .doesNotContain("Appendix").endsWith("prevent similar incidents.\n");
    }

    @Test
    void aMultiDayIncidentNamesBothDatesAndDatesLaterBullets() {
        PostmortemDocument doc = PostmortemDocument.builder().title("Overnight outage")
                .window(IncidentWindow.of(START, START.plusHours(3), ZoneParser.parse("UTC").orElseThrow()))
                .timeline(List.of(
                        TimelineItem.timed(START, "Alert fired.", EntryKind.DETECTION),
                        TimelineItem.labelled("Actions taken", "Logs read.", EntryKind.ACTION),
                        TimelineItem.timed(START.plusMinutes(150), "Restored.", EntryKind.RESOLUTION)))
                .build();
        String text = new TextRenderer().render(doc);
        assertThat(text).startsWith("Overnight outage - June 10, 2023\n\nSummary:\n"
                + "Duration: June 10, 2023, 22:00 - June 11, 2023, 01:00 (UTC)\n\nTimeline:\n"
                + "- 22:00: Alert fired.\n- Actions taken: Logs read.\n- June 11, 2023, 00:30: Restored.\n");
        assertThat(new MarkdownRenderer().render(doc)).contains("- **June 11, 2023, 00:30:** Restored.");
    }

    @Test
    void excludedEntriesAreLeftOutOfEveryExport() {
        PostmortemDocument doc = PostmortemFixtures.reference();
        List<TimelineItem> items = new java.util.ArrayList<>(doc.timeline());
        items.set(2, items.get(2).withIncluded(false));
        PostmortemDocument edited = doc.toBuilder().timeline(items).build();
        assertThat(new TextRenderer().render(edited)).doesNotContain("Misleading investigation");
        assertThat(new MarkdownRenderer().render(edited)).doesNotContain("Misleading investigation");
        assertThat(edited.timeline()).hasSize(7);
    }

    @Test
    void ownersDueDatesAndAMissingEndAreWrittenAndReadBack() {
        PostmortemDocument doc = PostmortemFixtures.reference().toBuilder()
                .window(new IncidentWindow(Optional.of(START), Optional.empty(), ZoneParser.parse("EAT")))
                .measures(List.of(new Measure("Alerting", "Page on pool saturation.", List.of(
                        new Task("Add the alert", Optional.of("dana"), Optional.of(LocalDate.of(2023, 7, 1)))))))
                .build();
        String text = new TextRenderer().render(doc);
        assertThat(text).contains("Duration: June 10, 2023, 22:00 - unknown (EAT)\n")
                .contains("1. Alerting: Page on pool saturation.\n   - Task: Add the alert (owner: dana, due: July 1, 2023)\n");
        PostmortemDocument back = new PostmortemImporter().importText(text).document();
        assertThat(back.measures()).isEqualTo(doc.measures());
        assertThat(back.window().end()).isEmpty();
        assertThat(new TextRenderer().render(back)).isEqualTo(text);
    }

    @Test
    void markdownEscapesUserTextSoItRendersAsWritten() {
        String tricky = "<script>alert(1)</script> *stars* _under_ [x](y) `code` a|b & #1";
        PostmortemDocument doc = PostmortemFixtures.reference().toBuilder()
                .rootCause(tricky)
                .conclusion("# not a heading\n1. not a list\n- nor this")
                .build();
        String md = new MarkdownRenderer().render(doc);
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; *stars* _under_ [x](y) `code` a|b &amp; #1")
                .doesNotContain("<em>").doesNotContain("<code>").doesNotContain("<h1>#")
                .contains("# not a heading\n1. not a list\n- nor this");
        assertThat(new PostmortemImporter().importText(md).document().rootCause()).isEqualTo(tricky);
    }
}
