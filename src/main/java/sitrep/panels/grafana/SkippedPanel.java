package sitrep.panels.grafana;

/**
 * A panel that did not become a chart, or a chart that left some of its queries out, and why in words a Grafana
 * user recognises.
 */
public record SkippedPanel(String title, String reason) {

    private static final String LEFT_OUT = " queries left out (";

    /** A chart drawn from its Prometheus queries without the others: "1 of 2 queries left out (Loki): ...". */
    static SkippedPanel queriesLeftOut(String title, int leftOut, int all, String kinds) {
        return new SkippedPanel(title, leftOut + " of " + all + LEFT_OUT + kinds
                + "): the chart shows its Prometheus queries only");
    }

    /** Whether the panel is a chart all the same (some of its queries left out), not a panel skipped whole. */
    public boolean chartedInPart() {
        return reason.matches("\\d+ of \\d+" + java.util.regex.Pattern.quote(LEFT_OUT) + ".*");
    }
}
