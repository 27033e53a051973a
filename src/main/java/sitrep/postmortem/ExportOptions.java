package sitrep.postmortem;

import java.util.List;
import java.util.Objects;

/**
 * What goes into an export beyond the template: the appendix (response metrics and charts), on by
 * default for Markdown and HTML and off for text, where the template must stay exactly as agreed.
 *
 * @param noChartsReason why there are no charts ("no Prometheus server was given"), said in the HTML
 *                       appendix when {@code charts} is empty; empty when the reason is not known
 */
public record ExportOptions(boolean appendix, List<ChartImage> charts, String noChartsReason) {

    public ExportOptions {
        charts = List.copyOf(charts);
        Objects.requireNonNull(noChartsReason, "noChartsReason");
    }

    public ExportOptions(boolean appendix, List<ChartImage> charts) {
        this(appendix, charts, "");
    }

    public static ExportOptions textDefaults() {
        return new ExportOptions(false, List.of());
    }

    public static ExportOptions markdownDefaults() {
        return new ExportOptions(true, List.of());
    }

    public static ExportOptions htmlDefaults(List<ChartImage> charts) {
        return new ExportOptions(true, charts);
    }

    public ExportOptions withAppendix(boolean on) {
        return new ExportOptions(on, charts, noChartsReason);
    }

    public ExportOptions withCharts(List<ChartImage> newCharts, String reasonIfNone) {
        return new ExportOptions(appendix, newCharts, reasonIfNone);
    }
}
