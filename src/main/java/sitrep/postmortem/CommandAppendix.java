package sitrep.postmortem;

/**
 * The incident command sections every export ends with, worded once for text and once for Markdown (the
 * HTML export is made from the Markdown). Nothing is written for an empty report.
 */
final class CommandAppendix {

    private CommandAppendix() {
    }

    static void text(StringBuilder out, CommandReport r) {
        if (r.isEmpty()) {
            return;
        }
        section(out, "Appendix - Lifecycle:");
        r.lifecycle().forEach(l -> out.append("- ").append(line(l)).append('\n'));
        section(out, "Appendix - Milestones:");
        r.milestones().forEach(l -> out.append("- ").append(l.text()).append(": ").append(l.time()).append('\n'));
        r.warnings().forEach(w -> out.append("- Warning: ").append(w).append('\n'));
        section(out, "Appendix - Response metrics from the milestones:");
        r.metrics().forEach(m -> out.append("- ").append(m.name()).append(": ").append(m.value()).append(" (")
                .append(m.formula()).append(")\n"));
        if (!r.highestSeverity().isEmpty() || !r.severity().isEmpty()) {
            section(out, "Appendix - Severity:");
            if (!r.highestSeverity().isEmpty()) {
                out.append("Highest severity: ").append(r.highestSeverity()).append('\n');
            }
            r.severity().forEach(l -> out.append("- ").append(line(l)).append('\n'));
        }
        if (!r.roles().isEmpty() || !r.handovers().isEmpty()) {
            section(out, "Appendix - Roles:");
            r.roles().forEach(x -> out.append(x).append('\n'));
            r.handovers().forEach(l -> out.append("- ").append(line(l)).append('\n'));
        }
        if (!r.updates().isEmpty()) {
            section(out, "Appendix - Stakeholder updates:");
            for (CommandReport.Update u : r.updates()) {
                out.append("- ").append(u.time()).append(" (").append(u.state()).append(", by ").append(u.author())
                        .append(")\n");
                field(out, "Conditions", u.conditions());
                field(out, "Actions", u.actions());
                field(out, "Needs", u.needs());
            }
        }
        if (!r.followups().isEmpty()) {
            section(out, "Appendix - Follow-ups:");
            for (CommandReport.Followup f : r.followups()) {
                out.append("- [").append(f.done() ? 'x' : ' ').append("] ").append(f.reference()).append(' ')
                        .append(f.text());
                if (!f.marks().isEmpty()) {
                    out.append(" (").append(f.marks()).append(')');
                }
                out.append('\n');
            }
        }
    }

    static void markdown(StringBuilder out, CommandReport r) {
        if (r.isEmpty()) {
            return;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        out.append(end == 0 ? "" : "\n\n").append("## Appendix: Lifecycle\n\n");
        r.lifecycle().forEach(l -> out.append("- ").append(MarkdownEscaper.inline(line(l))).append('\n'));
        out.append("\n## Appendix: Milestones and response metrics\n\n| Milestone | Time |\n| --- | --- |\n");
        r.milestones().forEach(l -> out.append("| ").append(cell(l.text())).append(" | ").append(cell(l.time()))
                .append(" |\n"));
        out.append('\n');
        r.warnings().forEach(w -> out.append("- **Warning:** ").append(MarkdownEscaper.inline(w)).append('\n'));
        if (!r.warnings().isEmpty()) {
            out.append('\n');
        }
        out.append("| Metric | Value | Formula |\n| --- | --- | --- |\n");
        r.metrics().forEach(m -> out.append("| ").append(cell(m.name())).append(" | ").append(cell(m.value()))
                .append(" | ").append(cell(m.formula())).append(" |\n"));
        out.append('\n');
        if (!r.highestSeverity().isEmpty() || !r.severity().isEmpty()) {
            out.append("## Appendix: Severity\n\n");
            if (!r.highestSeverity().isEmpty()) {
                out.append("**Highest severity:** ").append(MarkdownEscaper.inline(r.highestSeverity())).append("\n\n");
            }
            r.severity().forEach(l -> out.append("- ").append(MarkdownEscaper.inline(line(l))).append('\n'));
            out.append('\n');
        }
        if (!r.roles().isEmpty() || !r.handovers().isEmpty()) {
            out.append("## Appendix: Roles\n\n");
            r.roles().forEach(x -> out.append("- ").append(MarkdownEscaper.inline(x)).append('\n'));
            r.handovers().forEach(l -> out.append("- ").append(MarkdownEscaper.inline(line(l))).append('\n'));
            out.append('\n');
        }
        if (!r.updates().isEmpty()) {
            out.append("## Appendix: Stakeholder updates\n\n");
            for (CommandReport.Update u : r.updates()) {
                out.append("- **").append(MarkdownEscaper.inline(u.time() + " (" + u.state() + ", by " + u.author()
                        + ")")).append("**\n");
                mdField(out, "Conditions", u.conditions());
                mdField(out, "Actions", u.actions());
                mdField(out, "Needs", u.needs());
            }
            out.append('\n');
        }
        if (!r.followups().isEmpty()) {
            out.append("## Appendix: Follow-ups\n\n");
            for (CommandReport.Followup f : r.followups()) {
                out.append("- [").append(f.done() ? 'x' : ' ').append("] ")
                        .append(MarkdownEscaper.inline(f.reference() + " " + f.text()
                                + (f.marks().isEmpty() ? "" : " (" + f.marks() + ")"))).append('\n');
            }
            out.append('\n');
        }
    }

    private static String line(CommandReport.Line l) {
        return l.time() + ": " + l.text() + " (" + l.author() + ")";
    }

    private static String cell(String s) {
        return MarkdownEscaper.inline(s.replace('\n', ' '));
    }

    private static void field(StringBuilder out, String label, String text) {
        if (!text.isEmpty()) {
            out.append("  ").append(label).append(": ").append(text.replace("\n", "\n  ")).append('\n');
        }
    }

    private static void mdField(StringBuilder out, String label, String text) {
        if (!text.isEmpty()) {
            out.append("  - ").append(label).append(": ").append(MarkdownEscaper.continued(text, "    ")).append('\n');
        }
    }

    private static void section(StringBuilder out, String heading) {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == '\n' && (n < 2 || out.charAt(n - 2) != '\n')) {
            out.append('\n');
        }
        out.append(heading).append('\n');
    }
}
