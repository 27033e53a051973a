package sitrep.postmortem;

import java.util.List;

/**
 * What goes into an export beyond the template: the appendix (response metrics and charts), on by
 * default for Markdown and HTML and off for text, where the template must stay exactly as agreed.
 */
public record ExportOptions(boolean appendix, List<ChartImage> charts) {

    public ExportOptions {
        charts = List.copyOf(charts);
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
        return new ExportOptions(on, charts);
    }
}
