package sitrep.postmortem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The postmortem as plain text in exactly the standard template's layout (the reference example is
 * reproduced byte for byte). A pure function of the document; lines end with "\n".
 */
public final class TextRenderer {

    public String render(PostmortemDocument doc) {
        return render(doc, ExportOptions.textDefaults());
    }

    public String render(PostmortemDocument doc, ExportOptions options) {
        StringBuilder out = new StringBuilder(4096 + doc.timeline().size() * 96);
        out.append(TemplateFormats.titleLine(doc)).append("\n\n");

        out.append("Summary:\n");
        TemplateFormats.durationLine(doc.window()).ifPresent(d -> out.append("Duration: ").append(d).append('\n'));
        labelled(out, "Impact", doc.impact().text());

        out.append("\nTimeline:\n");
        Optional<LocalDate> firstDay = TemplateFormats.firstDay(doc);
        for (TimelineItem item : doc.includedTimeline()) {
            String head = TemplateFormats.itemHead(item, firstDay);
            out.append("- ");
            if (!head.isEmpty()) {
                out.append(head).append(": ");
            }
            out.append(item.text()).append('\n');
        }

        out.append("\nRoot Cause and Resolution:\n");
        labelled(out, "Root cause", doc.rootCause());
        labelled(out, "Resolution", doc.resolution());

        out.append("\nCorrective and Preventative Measures:\n");
        List<Measure> measures = doc.measures();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            if (i > 0) {
                out.append('\n');
            }
            out.append(i + 1).append(". ").append(TemplateFormats.measureHead(m)).append('\n');
            for (Task task : m.tasks()) {
                out.append("   - Task: ").append(task.text()).append(TemplateFormats.taskSuffix(task)).append('\n');
            }
        }
        paragraph(out, doc.measuresClosing());
        paragraph(out, doc.conclusion());

        if (!doc.unplaced().isEmpty()) {
            out.append("\nUnplaced:\n");
            out.append(String.join("\n\n", doc.unplaced())).append('\n');
        }
        if (options.appendix()) {
            out.append("\nAppendix - Response metrics:\n");
            for (String[] row : TemplateFormats.metricRows(ResponseMetrics.of(doc))) {
                out.append("- ").append(row[0]).append(": ").append(row[1]).append('\n');
            }
            for (ChartImage chart : options.charts()) {
                out.append("- Chart: ").append(chart.title()).append('\n');
            }
        }
        return out.toString();
    }

    private static void labelled(StringBuilder out, String label, String text) {
        if (!text.isEmpty()) {
            out.append(label).append(": ").append(text).append('\n');
        }
    }

    private static void paragraph(StringBuilder out, String text) {
        if (!text.isEmpty()) {
            out.append('\n').append(text).append('\n');
        }
    }
}
