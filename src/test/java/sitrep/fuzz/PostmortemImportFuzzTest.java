package sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import sitrep.postmortem.ExportOptions;
import sitrep.postmortem.HtmlRenderer;
import sitrep.postmortem.ImportResult;
import sitrep.postmortem.MarkdownRenderer;
import sitrep.postmortem.PostmortemImporter;
import sitrep.postmortem.TextRenderer;

/**
 * The postmortem importer on any text, Markdown or HTML: it never throws (what it cannot read is reported
 * and kept as Unplaced), and what it produced renders in every format.
 */
class PostmortemImportFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyDocumentImportsAndRendersAgain(byte[] data) {
        ImportResult r = new PostmortemImporter().importText(FuzzFiles.text(data));
        new TextRenderer().render(r.document(), ExportOptions.textDefaults());
        new MarkdownRenderer().render(r.document(), ExportOptions.markdownDefaults());
        new HtmlRenderer().render(r.document(), ExportOptions.htmlDefaults(List.of()));
    }
}
