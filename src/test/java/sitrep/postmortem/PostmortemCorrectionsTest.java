package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The corrections found while running an incident end to end (issue 13). */
class PostmortemCorrectionsTest {

    private static final LocalDateTime START = LocalDateTime.of(2023, 6, 10, 14, 0);

    private static PostmortemDocument doc(String title, Impact impact, String conclusion) {
        return PostmortemDocument.builder().title(title)
                .window(IncidentWindow.of(START, START.plusHours(3), ZoneParser.parse("PST").orElseThrow()))
                .impact(impact).conclusion(conclusion).build();
    }

    @Test
    void usersAffectedIsInTheImpactLineOfEveryExport() {
        PostmortemDocument d = doc("Outage", new Impact("API down.", OptionalDouble.of(80)), "");
        assertThat(new TextRenderer().render(d)).contains("Impact: API down. (80% of users affected)\n");
        assertThat(new MarkdownRenderer().render(d)).contains("**Impact:** API down. (80% of users affected)");
        assertThat(new HtmlRenderer().render(d)).contains("API down. (80% of users affected)");
        PostmortemDocument onlyShare = doc("Outage", new Impact("", OptionalDouble.of(12.5)), "");
        assertThat(new TextRenderer().render(onlyShare)).contains("Impact: 12.5% of users affected\n");
        PostmortemDocument said = doc("Outage", new Impact("80% of users saw errors.", OptionalDouble.of(80)), "");
        assertThat(new TextRenderer().render(said)).contains("Impact: 80% of users saw errors.\n");
    }

    @Test
    void aTitleEndingWithItsDateIsNotDatedTwice() {
        assertThat(TemplateFormats.titleLine(doc("Drill: Service Outage - June 10, 2023", Impact.none(), "")))
                .isEqualTo("Drill: Service Outage - June 10, 2023");
        assertThat(TemplateFormats.titleLine(doc("Service Outage", Impact.none(), "")))
                .isEqualTo("Service Outage - June 10, 2023");
    }

    @Test
    void theTextExportKeepsTheConclusionHeadingAndReadsItBack() {
        PostmortemDocument d = doc("Outage", Impact.none(), "Keep this sentence.");
        String text = new TextRenderer().render(d);
        assertThat(text).endsWith("\nConclusion:\nKeep this sentence.\n");
        assertThat(new PostmortemImporter().importText(text).document().conclusion()).isEqualTo("Keep this sentence.");
        assertThat(new TextRenderer().render(doc("Outage", Impact.none(), "In conclusion, fine.")))
                .endsWith("\n\nIn conclusion, fine.\n").doesNotContain("Conclusion:");
    }

    @Test
    void plainSentenceMeasuresAndSubHeadingsBecomeGroupedMeasures() {
        String md = """
                # API outage - June 10, 2023

                ## Corrective and Preventative Measures

                Add an alert on pool saturation.
                Review the deploy checklist.

                These measures should prevent a repeat.
                """;
        PostmortemDocument plain = new PostmortemImporter().importText(md).document();
        assertThat(plain.measures()).extracting(Measure::name).containsExactly("Add an alert on pool saturation.",
                "Review the deploy checklist.");
        assertThat(plain.measuresClosing()).isEqualTo("These measures should prevent a repeat.");
        assertThat(plain.unplaced()).isEmpty();

        String grouped = """
                # API outage - June 10, 2023

                ## Corrective and Preventative Measures

                ### Short-term fixes
                - Raise the pool size
                - Pin the network config

                ### Long-term measures
                Replicate the database.
                """;
        PostmortemDocument g = new PostmortemImporter().importText(grouped).document();
        assertThat(g.measures()).extracting(Measure::name).containsExactly("Short-term fixes", "Long-term measures");
        assertThat(g.measures().get(0).tasks()).extracting(Task::text).containsExactly("Raise the pool size",
                "Pin the network config");
        assertThat(g.measures().get(1).tasks()).extracting(Task::text).containsExactly("Replicate the database.");
        assertThat(g.unplaced()).isEmpty();
    }

    @Test
    void aDocumentWithoutClockTimesTakesItsDateFromItsSummary() {
        String md = """
                # API outage

                ## Summary
                Impact: On June 10, 2023 most users saw errors.

                ## Timeline
                - Alerts fired.
                """;
        PostmortemDocument d = new PostmortemImporter().importText(md).document();
        assertThat(d.date()).contains(LocalDate.of(2023, 6, 10));
        assertThat(List.of(d.titleDate().orElseThrow())).containsExactly(LocalDate.of(2023, 6, 10));
    }
}
