package sitrep.postmortem;

import java.util.Base64;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * The postmortem as one self-contained HTML5 file: inline CSS, charts embedded as PNG data URIs, no
 * external resource. The body is the Markdown export turned into HTML by commonmark, so both exports
 * show the same content; commonmark escapes all text and, with {@code escapeHtml(true)}, raw HTML too,
 * so a note containing "&lt;script&gt;" shows as text. Without charts, the appendix says that none were
 * available and, when the caller knows, why.
 */
public final class HtmlRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String CSS = String.join("\n",
            "body { font-family: system-ui, -apple-system, \"Segoe UI\", sans-serif; line-height: 1.5;",
            "  color: #1d2128; background: #ffffff; margin: 0; }",
            "main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem; }",
            "h1 { font-size: 1.7rem; border-bottom: 2px solid #c62828; padding-bottom: .3rem; }",
            "h2 { font-size: 1.25rem; margin-top: 2rem; color: #37474f; }",
            "li { margin: .2rem 0; }",
            "table { border-collapse: collapse; }",
            "th, td { border: 1px solid #cfd8dc; padding: .3rem .7rem; text-align: left; }",
            "th { background: #eceff1; }",
            "figure { margin: 1.5rem 0; }",
            "figure img { max-width: 100%; border: 1px solid #cfd8dc; }",
            "figcaption { font-size: .9rem; color: #546e7a; }",
            "@media print { main { max-width: none; } }");

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final org.commonmark.renderer.html.HtmlRenderer bodyRenderer =
            org.commonmark.renderer.html.HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public String render(PostmortemDocument doc) {
        return render(doc, ExportOptions.htmlDefaults(List.of()));
    }

    public String render(PostmortemDocument doc, ExportOptions options) {
        String body = bodyRenderer.render(parser.parse(markdown.render(doc, options)));
        StringBuilder out = new StringBuilder(body.length() + 2048);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(TemplateFormats.titleLine(doc))).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n")
                .append(body);
        if (options.appendix() && options.charts().isEmpty()) {
            // An appendix without charts says so, so a reader does not wonder whether they failed to load.
            out.append("<h3>Charts of the incident window</h3>\n<p>No charts of the incident window were available");
            if (!options.noChartsReason().isEmpty()) {
                out.append(": ").append(escape(options.noChartsReason()));
            }
            out.append(".</p>\n");
        } else if (options.appendix()) {
            out.append("<h3>Charts of the incident window</h3>\n");
            for (ChartImage chart : options.charts()) {
                String title = escape(chart.title());
                out.append("<figure>\n<img src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(chart.png()))
                        .append("\" alt=\"").append(title).append("\">\n<figcaption>").append(title)
                        .append("</figcaption>\n</figure>\n");
            }
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    /** Escapes text for element content and double-quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
