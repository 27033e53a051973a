package sitrep.postmortem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The postmortem as GitHub-flavoured Markdown: the template's sections as headings, labels in bold, the
 * appendix as a table. A section with nothing written yet is left out, heading and all (as in the text
 * export). All user text is escaped, so it renders as written. The HTML export is made
 * from this output, so the two never drift apart.
 */
public final class MarkdownRenderer {

    public String render(PostmortemDocument doc) {
        return render(doc, ExportOptions.markdownDefaults());
    }

    public String render(PostmortemDocument doc, ExportOptions options) {
        StringBuilder out = new StringBuilder(4096 + doc.timeline().size() * 112);
        out.append("# ").append(MarkdownEscaper.inline(TemplateFormats.titleLine(doc))).append("\n\n");

        Optional<String> duration = TemplateFormats.durationLine(doc.window());
        String impact = TemplateFormats.impactLine(doc.impact());
        if (duration.isPresent() || !impact.isEmpty()) {
            out.append("## Summary\n\n");
            duration.ifPresent(d -> out.append("**Duration:** ").append(MarkdownEscaper.inline(d)).append("\n\n"));
            labelled(out, "Impact", impact);
        }

        Optional<LocalDate> firstDay = TemplateFormats.firstDay(doc);
        List<TimelineItem> items = doc.includedTimeline();
        if (!items.isEmpty()) {
            out.append("## Timeline\n\n");
        }
        for (TimelineItem item : items) {
            String head = TemplateFormats.itemHead(item, firstDay);
            out.append("- ");
            if (!head.isEmpty()) {
                out.append("**").append(MarkdownEscaper.inline(head)).append(":** ");
            }
            out.append(MarkdownEscaper.continued(item.text(), "  ")).append('\n');
        }
        if (!items.isEmpty()) {
            out.append('\n');
        }

        if (!doc.rootCause().isEmpty() || !doc.resolution().isEmpty()) {
            out.append("## Root Cause and Resolution\n\n");
            labelled(out, "Root cause", doc.rootCause());
            labelled(out, "Resolution", doc.resolution());
        }

        List<Measure> measures = doc.measures();
        if (!measures.isEmpty() || !doc.measuresClosing().isEmpty()) {
            out.append("## Corrective and Preventative Measures\n\n");
        }
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            out.append(i + 1).append(". ");
            if (m.name().isEmpty() || m.description().isEmpty()) {
                out.append(MarkdownEscaper.continued(TemplateFormats.measureHead(m), "   "));
            } else {
                out.append("**").append(MarkdownEscaper.inline(m.name())).append(":** ")
                        .append(MarkdownEscaper.continued(m.description(), "   "));
            }
            out.append('\n');
            for (Task task : m.tasks()) {
                out.append("   - Task: ").append(MarkdownEscaper.continued(task.text(), "     "))
                        .append(MarkdownEscaper.inline(TemplateFormats.taskSuffix(task))).append('\n');
            }
            out.append('\n');
        }
        paragraph(out, doc.measuresClosing());

        if (!doc.conclusion().isEmpty()) {
            out.append("## Conclusion\n\n");
            paragraph(out, doc.conclusion());
        }
        if (!doc.unplaced().isEmpty()) {
            out.append("## Unplaced\n\n");
            doc.unplaced().forEach(u -> paragraph(out, u));
        }
        // With incident command records the metrics come from the milestones, formulas and all (see below).
        if (options.appendix() && doc.command().isEmpty()) {
            out.append("## Appendix: Response metrics\n\n| Metric | Value |\n| --- | --- |\n");
            for (String[] row : TemplateFormats.metricRows(ResponseMetrics.of(doc))) {
                out.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |\n");
            }
        }
        CommandAppendix.markdown(out, doc.command());
        // Sections end with a blank line; the file ends with exactly one newline.
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        return out.append('\n').toString();
    }

    private static void labelled(StringBuilder out, String label, String text) {
        if (!text.isEmpty()) {
            out.append("**").append(label).append(":** ").append(MarkdownEscaper.block(text)).append("\n\n");
        }
    }

    private static void paragraph(StringBuilder out, String text) {
        if (!text.isEmpty()) {
            out.append(MarkdownEscaper.block(text)).append("\n\n");
        }
    }
}
