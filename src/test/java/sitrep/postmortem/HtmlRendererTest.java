package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;

class HtmlRendererTest {

    private static final String VALID_MINIMAL = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>t</title></head><body><p id=\"a\">x</p></body></html>\n";

    @Test
    void theReferenceExportIsValidHtml5() throws Exception {
        assertThat(Html5Validator.errors(GoldenFilesTest.referenceHtml())).isEmpty();
    }

    @Test
    void theValidatorAcceptsAMinimalDocument() throws Exception {
        assertThat(Html5Validator.errors(VALID_MINIMAL)).isEmpty();
    }

    @Test
    void theValidatorCatchesAStrayEndTagAndADuplicateId() throws Exception {
        String broken = VALID_MINIMAL.replace("<p id=\"a\">x</p>", "<p id=\"a\">x</p></span><p id=\"a\">y</p>");
        List<String> errors = Html5Validator.errors(broken);
        assertThat(errors).anySatisfy(e -> assertThat(e).containsIgnoringCase("end tag"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsIgnoringCase("duplicate id"));
    }

    @Test
    void userTextIsEscapedEverywhere() throws Exception {
        String evil = "<script>alert('x')</script> & *not bold* [link](http://x)";
        PostmortemDocument doc = PostmortemFixtures.reference().toBuilder()
                .title("Outage <b>bold</b>")
                .addTimeline(TimelineItem.labelled("Note", evil, EntryKind.NOTE))
                .rootCause(evil)
                .addUnplaced("# not a heading\n- not a list")
                .build();
        String html = new HtmlRenderer().render(doc, ExportOptions.htmlDefaults(
                List.of(new ChartImage("\"quoted\" <chart>", GoldenFilesTest.PIXEL_PNG))));

        assertThat(html).doesNotContain("<script").doesNotContain("<b>bold").doesNotContain("<em>")
                .doesNotContain("<a href");
        assertThat(html).contains("&lt;script&gt;alert(").contains("Outage &lt;b&gt;bold&lt;/b&gt;")
                .contains("*not bold*").contains("alt=\"&quot;quoted&quot; &lt;chart&gt;\"")
                .contains("<p># not a heading\n- not a list</p>");
        assertThat(Html5Validator.errors(html)).isEmpty();
    }

    @Test
    void chartsAreEmbeddedAsDataUrisAndNothingIsFetched() {
        byte[] png = GoldenFilesTest.PIXEL_PNG;
        String html = new HtmlRenderer().render(PostmortemFixtures.reference(),
                ExportOptions.htmlDefaults(List.of(new ChartImage("Latency", png), new ChartImage("Errors", png))));
        assertThat(html).contains("<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"");
        assertThat(html.split("<figure>", -1)).hasSize(3);
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:|//)").doesNotContain("<link");
    }

    @Test
    void withoutTheAppendixThereAreNoMetricsAndNoCharts() {
        String html = new HtmlRenderer().render(PostmortemFixtures.reference(),
                new ExportOptions(false, List.of(new ChartImage("Latency", GoldenFilesTest.PIXEL_PNG))));
        assertThat(html).doesNotContain("Appendix").doesNotContain("<img").contains("In conclusion");
    }
}
