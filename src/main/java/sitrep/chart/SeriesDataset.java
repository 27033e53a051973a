package sitrep.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * An XYDataset over plain arrays, filled once per chart frame: one change event per batch, so a chart is
 * built once however many series it has (JFreeChart reacts synchronously to every event). It lives and is
 * read on the thread that renders the frame (the dashboard's render thread, or an export's thread), never
 * on the FX thread.
 */
public final class SeriesDataset extends AbstractXYDataset {

    /** One drawn series: a legend label and its (already decimated) points. */
    public record Series(String label, Lttb.Points points) {
    }

    private List<Series> series = List.of();

    /** Replaces every series and notifies listeners once; on the thread that renders with it. */
    public void replaceAll(List<Series> next) {
        series = List.copyOf(next);
        fireDatasetChanged();
    }

    public List<Series> series() {
        return series;
    }

    @Override
    public int getSeriesCount() {
        return series.size();
    }

    @Override
    public Comparable<String> getSeriesKey(int s) {
        // Keys must be unique; two series may share a legend label, so the index is part of the key.
        return s + ":" + series.get(s).label();
    }

    @Override
    public int getItemCount(int s) {
        return series.get(s).points().size();
    }

    @Override
    public Number getX(int s, int item) {
        return series.get(s).points().times()[item];
    }

    @Override
    public double getXValue(int s, int item) {
        return series.get(s).points().times()[item];
    }

    @Override
    public Number getY(int s, int item) {
        return series.get(s).points().values()[item];
    }

    @Override
    public double getYValue(int s, int item) {
        return series.get(s).points().values()[item];
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.ASCENDING;
    }

    /** Labels in series order, for legends. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>(series.size());
        series.forEach(s -> labels.add(s.label()));
        return labels;
    }
}
