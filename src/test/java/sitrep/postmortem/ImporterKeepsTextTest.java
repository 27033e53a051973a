package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only Sitrep's own appendix is derived; every other section, "Appendix" or not, is kept with its heading. */
class ImporterKeepsTextTest {

    private static final String HEAD = "API outage - March 3, 2024\n\nDuration: March 3, 2024, 10:00 - 11:00 (UTC)\n"
            + "Root cause: a bad deploy.\n\n";

    private static String unplaced(String doc) {
        return String.join("\n", new PostmortemImporter().importText(doc).document().unplaced());
    }

    @Test
    void anAuthorsAppendixIsKeptWithItsHeading() {
        String u = unplaced(HEAD + "## Appendix A: Customer communications\n\nWe emailed 40 customers at 10:20.\n\n"
                + "Appendix B - Raw logs:\nconnection reset by peer\n");
        assertThat(u).contains("Appendix A: Customer communications").contains("We emailed 40 customers at 10:20.")
                .contains("connection reset by peer");
    }

    @Test
    void ourHeadingWithTheAuthorsOwnRowsIsKeptToo() {
        String u = unplaced(HEAD + "## Appendix: Response metrics\n\n| Metric | Value |\n| --- | --- |\n"
                + "| Time to detect | 5 min |\n| Customer tickets | 212 |\n");
        assertThat(u).contains("Customer tickets");
        String text = unplaced(HEAD + "Appendix - Response metrics:\n- Time to detect: 5 min\nThanks to the DB team.\n");
        assertThat(text).contains("Thanks to the DB team.");
    }

    @Test
    void ourOwnAppendixInEachFormatIsRecognisedAndSkipped() {
        PostmortemDocument doc = new PostmortemImporter().importText(HEAD + "Timeline:\n- 10:00: alert fired\n")
                .document();
        for (String rendered : List.of(new TextRenderer().render(doc, ExportOptions.textDefaults().withAppendix(true)),
                new MarkdownRenderer().render(doc, ExportOptions.markdownDefaults()),
                new HtmlRenderer().render(doc, ExportOptions.htmlDefaults(List.of())))) {
            ImportResult again = new PostmortemImporter().importText(rendered);
            assertThat(again.document().unplaced()).as(rendered).isEmpty();
            assertThat(again.report().guesses()).anySatisfy(g -> assertThat(g).contains("generated appendix"));
        }
    }

    @Test
    void lineStartingWithAppendixInsideASectionStaysThere() {
        ImportResult r = new PostmortemImporter().importText(HEAD
                + "Impact: checkout failed.\nAppendix material was sent to legal.\n");
        assertThat(r.document().impact().text()).contains("Appendix material was sent to legal.");
    }
}
