package sitrep.postmortem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The postmortem as plain text in exactly the standard template's layout (the reference example is
 * reproduced byte for byte). A pure function of the document; lines end with "\n". A section with
 * nothing written yet is left out, heading and all, rather than shown with a placeholder.
 */
public final class TextRenderer {

    public String render(PostmortemDocument doc) {
        return render(doc, ExportOptions.textDefaults());
    }

    public String render(PostmortemDocument doc, ExportOptions options) {
        StringBuilder out = new StringBuilder(4096 + doc.timeline().size() * 96);
        out.append(TemplateFormats.titleLine(doc)).append('\n');

        Optional<String> duration = TemplateFormats.durationLine(doc.window());
        String impact = TemplateFormats.impactLine(doc.impact());
        if (duration.isPresent() || !impact.isEmpty()) {
            separate(out).append("Summary:\n");
            duration.ifPresent(d -> out.append("Duration: ").append(d).append('\n'));
            labelled(out, "Impact", impact);
        }

        List<TimelineItem> items = doc.includedTimeline();
        if (!items.isEmpty()) {
            separate(out).append("Timeline:\n");
            Optional<LocalDate> firstDay = TemplateFormats.firstDay(doc);
            for (TimelineItem item : items) {
                String head = TemplateFormats.itemHead(item, firstDay);
                out.append("- ");
                if (!head.isEmpty()) {
                    out.append(head).append(": ");
                }
                out.append(item.text()).append('\n');
            }
        }

        if (!doc.rootCause().isEmpty() || !doc.resolution().isEmpty()) {
            separate(out).append("Root Cause and Resolution:\n");
            labelled(out, "Root cause", doc.rootCause());
            labelled(out, "Resolution", doc.resolution());
        }

        List<Measure> measures = doc.measures();
        if (!measures.isEmpty() || !doc.measuresClosing().isEmpty()) {
            separate(out).append("Corrective and Preventative Measures:\n");
        }
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            if (i > 0) {
                separate(out);
            }
            out.append(i + 1).append(". ").append(TemplateFormats.measureHead(m)).append('\n');
            for (Task task : m.tasks()) {
                out.append("   - Task: ").append(task.text()).append(TemplateFormats.taskSuffix(task)).append('\n');
            }
        }
        paragraph(out, doc.measuresClosing());
        if (!doc.conclusion().isEmpty() && !doc.conclusion().regionMatches(true, 0, "In conclusion", 0, 13)) {
            // The template's conclusion announces itself ("In conclusion, ..."); any other needs its heading, or
            // it reads (and imports back) as the measures' closing words.
            separate(out).append("Conclusion:\n").append(doc.conclusion()).append('\n');
        } else {
            paragraph(out, doc.conclusion());
        }

        if (!doc.unplaced().isEmpty()) {
            separate(out).append("Unplaced:\n");
            out.append(String.join("\n\n", doc.unplaced())).append('\n');
        }
        if (options.appendix()) {
            separate(out).append("Appendix - Response metrics:\n");
            if (doc.command().isEmpty()) {
                for (String[] row : TemplateFormats.metricRows(ResponseMetrics.of(doc))) {
                    out.append("- ").append(row[0]).append(": ").append(row[1]).append('\n');
                }
            }
            for (ChartImage chart : options.charts()) {
                out.append("- Chart: ").append(chart.title()).append('\n');
            }
        }
        // Incident command is part of the record, not an optional extra: it is written whatever the appendix flag.
        CommandAppendix.text(out, doc.command());
        return out.toString();
    }

    private static void labelled(StringBuilder out, String label, String text) {
        if (!text.isEmpty()) {
            out.append(label).append(": ").append(text).append('\n');
        }
    }

    private static void paragraph(StringBuilder out, String text) {
        if (!text.isEmpty()) {
            separate(out).append(text).append('\n');
        }
    }

    /** Sections are separated by exactly one blank line, whichever of them are left out. */
    private static StringBuilder separate(StringBuilder out) {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == '\n' && (n < 2 || out.charAt(n - 2) != '\n')) {
            out.append('\n');
        }
        return out;
    }
}
