package sitrep.ui.postmortem;

import java.util.List;
import sitrep.incident.postmortem.export.PostmortemExport;
import sitrep.incident.postmortem.export.PostmortemExport.Format;
import sitrep.postmortem.ChartImage;
import sitrep.postmortem.PostmortemDocument;

/** What the tab renders: the preview offers text and Markdown, export all three, through the one {@link PostmortemExport}. */
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
        return PostmortemExport.render(Format.HTML, doc, Format.HTML.defaults().withCharts(charts, noChartsReason));
    }

    public String render(PostmortemDocument doc) {
        return switch (this) {
            case TEXT -> PostmortemExport.render(Format.TEXT, doc, Format.TEXT.defaults());
            case MARKDOWN -> PostmortemExport.render(Format.MARKDOWN, doc, Format.MARKDOWN.defaults());
            // The console has no chart window at hand; the HTML says so instead of leaving the reader guessing.
            case HTML -> PostmortemExport.render(Format.HTML, doc, Format.HTML.defaults()
                    .withCharts(List.of(), "exported from the console; sitrep export --prometheus adds charts"));
        };
    }
}
