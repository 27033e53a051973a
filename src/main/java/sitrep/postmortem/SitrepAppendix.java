package sitrep.postmortem;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the appendix Sitrep itself writes, and nothing else: its exact headings, and a body of only
 * the response-metric rows and chart captions the renderers produce (in text, Markdown or HTML). Such an
 * appendix is derived again on export, so the importer may skip it; a section that merely starts with
 * "Appendix" ("Appendix A: Customer communications") is the author's text and is kept.
 */
final class SitrepAppendix {

    private static final Set<String> HEADINGS = Set.of("appendix - response metrics", "appendix: response metrics",
            "charts of the incident window");
    private static final String METRIC = "(Time to detect|Time to escalate|Time to identify the root cause"
            + "|Time to mitigate|Time to resolve|Time on misleading leads)";
    private static final String VALUE = "(n/a|-?\\d+ min|-?\\d+ h \\d+ min)";
    private static final String CHART_TITLE = ".+, \\d{2}:\\d{2}-\\d{2}:\\d{2} \\(.+\\)";
    private static final List<Pattern> ROWS = List.of(
            Pattern.compile(METRIC + "(: | \\| |\\s+)" + VALUE),
            Pattern.compile("Metric(: | \\| |\\s+)Value"),
            Pattern.compile("-{3,}(:| \\| |\\s+)-{3,}"),
            Pattern.compile("Chart: " + CHART_TITLE),
            Pattern.compile(CHART_TITLE),
            Pattern.compile("No charts of the incident window were available(: .*)?\\."));

    private SitrepAppendix() {
    }

    /** Whether a heading is one of the appendix headings Sitrep writes (markup and case aside). */
    static boolean isHeading(String heading) {
        return HEADINGS.contains(TemplateSection.normalise(heading).replace("\u2013", "-"));
    }

    /** Whether every line under such a heading is one Sitrep writes there. */
    static boolean isOwnBody(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            // A table row (Markdown's, or the HTML table's as flattened) is compared as "cell | cell".
            String row = TableRow.parse(line.text()).map(r -> String.join(" | ", r.cells())).orElse(line.text().strip());
            if (ROWS.stream().noneMatch(p -> p.matcher(row).matches())) {
                return false;
            }
        }
        return true;
    }
}
