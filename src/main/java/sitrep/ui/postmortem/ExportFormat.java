package sitrep.ui.postmortem;

import java.util.List;
import sitrep.postmortem.ChartImage;
import sitrep.postmortem.ExportOptions;
import sitrep.postmortem.HtmlRenderer;
import sitrep.postmortem.MarkdownRenderer;
import sitrep.postmortem.PostmortemDocument;
import sitrep.postmortem.TextRenderer;

/** What the tab renders: the preview offers text and Markdown, export all three, with the CLI's defaults. */
public enum ExportFormat {
    TEXT("Text", "txt"),
    MARKDOWN("Markdown", "md"),
    HTML("HTML", "html");

    private final String title;
    private final String extension;

    ExportFormat(String title, String extension) {
        this.title = title;
        this.extension = extension;
    }

    public String title() {
        return title;
    }

    public String extension() {
        return extension;
    }

    /** HTML with the given charts, or the reason there are none. */
    public String render(PostmortemDocument doc, List<ChartImage> charts, String noChartsReason) {
        if (this != HTML) {
            return render(doc);
        }
        return new HtmlRenderer().render(doc, ExportOptions.htmlDefaults(charts).withCharts(charts, noChartsReason));
    }

    public String render(PostmortemDocument doc) {
        return switch (this) {
            case TEXT -> new TextRenderer().render(doc, ExportOptions.textDefaults());
            case MARKDOWN -> new MarkdownRenderer().render(doc, ExportOptions.markdownDefaults());
            // The console has no chart window at hand; the HTML says so instead of leaving the reader guessing.
            case HTML -> new HtmlRenderer().render(doc, ExportOptions.htmlDefaults(List.of())
                    .withCharts(List.of(), "exported from the console; sitrep export --prometheus adds charts"));
        };
    }
}
