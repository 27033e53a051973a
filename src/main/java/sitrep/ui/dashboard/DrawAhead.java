package sitrep.ui.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sitrep.chart.ChartSpec;
import sitrep.chart.ChartTheme;
import sitrep.chart.RenderedFrame;

/**
 * Draws a refresh's charts on the render thread, each at the size its cell has, before the FX thread sees
 * the refresh: the FX thread then applies it and swaps images, and hands nothing back to the render thread.
 * The cells' charts and sizes and the theme are published on the FX thread and read on the render thread.
 */
final class DrawAhead {

    /** A refresh with its charts already drawn, by cell key. */
    record Drawn(DashboardFrame frame, Map<String, Chart> charts) {
        /** A frame drawn for one chart, to be shown by it or given back to it. */
        record Chart(ChartView owner, RenderedFrame frame) {
        }

        void giveBack() {
            charts.values().forEach(c -> c.owner().recycle(c.frame()));
        }
    }

    private record Target(ChartView chart, int width, int height) {
    }

    private volatile Map<String, Target> targets = Map.of();
    private volatile ChartTheme theme = ChartTheme.DARK;
    /** Frames drawn for the refresh being applied, by cell key; FX thread only. */
    private Map<String, Drawn.Chart> ready = new HashMap<>();

    /** FX thread: the theme charts are drawn in from now on. */
    void setTheme(ChartTheme next) {
        theme = next;
    }

    /** FX thread: the charts on screen by cell key, at their sizes now. */
    void setCharts(Map<String, ChartView> charts) {
        Map<String, Target> next = new HashMap<>();
        charts.forEach((key, chart) -> next.put(key, new Target(chart, (int) Math.floor(chart.getWidth()),
                (int) Math.floor(chart.getHeight()))));
        targets = Map.copyOf(next);
    }

    /** Render thread: every visible panel drawn for the chart that shows it now, if it has a size yet. */
    Drawn draw(DashboardFrame frame) {
        Map<String, Target> at = targets;
        ChartTheme inTheme = theme;
        List<DashboardFrame.PanelResult> visible = visible(frame.panels());
        List<String> keys = keys(visible);
        Map<String, Drawn.Chart> charts = new HashMap<>();
        for (int i = 0; i < visible.size(); i++) {
            Target t = at.get(keys.get(i));
            ChartSpec spec = visible.get(i).spec();
            if (t != null && spec != null && t.width() >= 10 && t.height() >= 10) {
                charts.put(keys.get(i), new Drawn.Chart(t.chart(), t.chart().drawAhead(spec, inTheme, t.width(),
                        t.height())));
            }
        }
        return new Drawn(frame, charts);
    }

    /** FX thread: runs {@code apply} with the drawn frames on offer to {@link #take}; the rest go back. */
    void applying(Drawn drawn, Runnable apply) {
        ready = new HashMap<>(drawn.charts());
        try {
            apply.run();
        } finally {
            // Frames for cells that are gone (the panels changed) go back to their charts.
            ready.values().forEach(c -> c.owner().recycle(c.frame()));
            ready = new HashMap<>();
        }
    }

    /** FX thread, while applying: the frame drawn for {@code chart} under {@code key}, or null. */
    RenderedFrame take(String key, ChartView chart) {
        Drawn.Chart drawn = ready.get(key);
        if (drawn == null || drawn.owner() != chart) {
            return null;
        }
        ready.remove(key);
        return drawn.frame();
    }

    static List<DashboardFrame.PanelResult> visible(List<DashboardFrame.PanelResult> panels) {
        return panels.stream().filter(p -> !p.hidden()).toList();
    }

    /** One key per visible panel: its title and queries, numbered when an imported dashboard repeats one. */
    static List<String> keys(List<DashboardFrame.PanelResult> visible) {
        List<String> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DashboardFrame.PanelResult p : visible) {
            String key = p.panel().title() + "\u0000" + p.panel().expressions();
            // Imported dashboards can hold the same panel twice; each needs its own cell.
            for (int n = 2; !seen.add(key); n++) {
                key = p.panel().title() + "\u0000" + p.panel().expressions() + "\u0000" + n;
            }
            keys.add(key);
        }
        return keys;
    }
}
