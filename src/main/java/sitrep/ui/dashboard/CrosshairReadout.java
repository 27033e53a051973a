package sitrep.ui.dashboard;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import sitrep.chart.ChartSpec;
import sitrep.chart.Lttb;
import sitrep.chart.RenderedFrame;
import sitrep.chart.SeriesDataset;
import sitrep.domain.TimeFormats;

/** The crosshair over a chart and the readout of the time and each series' value under it, without a redraw. */
final class CrosshairReadout {

    private static final DateTimeFormatter CROSSHAIR_TIME = TimeFormats.CLOCK;

    private final Line crosshair = new Line();
    private final Label readout = new Label();
    /** The chart it lies over: the readout flips to the cursor's left near its right edge. */
    private final Region chart;

    CrosshairReadout(Region chart) {
        this.chart = chart;
        crosshair.getStyleClass().add("chart-crosshair");
        crosshair.setVisible(false);
        crosshair.setMouseTransparent(true);
        readout.getStyleClass().add("chart-readout");
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        readout.setPadding(new Insets(4, 8, 4, 8));
    }

    Line line() {
        return crosshair;
    }

    Label label() {
        return readout;
    }

    /** Shows the crosshair at the cursor when it is over the frame's plot, else hides it. */
    void showAt(double x, double y, RenderedFrame frame) {
        if (frame == null || !frame.insidePlot(x, y)) {
            hide();
            return;
        }
        crosshair.setStartX(x);
        crosshair.setEndX(x);
        crosshair.setStartY(frame.plotY());
        crosshair.setEndY(frame.plotY() + frame.plotHeight());
        crosshair.setVisible(true);
        long t = frame.timeAt(x);
        readout.setText(readoutText(frame.spec(), t));
        readout.autosize();
        double at = x + 12 + readout.getWidth() > chart.getWidth() ? x - 12 - readout.getWidth() : x + 12;
        readout.relocate(at, frame.plotY() + 4);
        readout.setVisible(true);
    }

    void hide() {
        crosshair.setVisible(false);
        readout.setVisible(false);
    }

    /** A live chart moves under a still mouse: the readout follows the new frame at the crosshair's place. */
    void follow(RenderedFrame rendered) {
        if (crosshair.isVisible()) {
            readout.setText(readoutText(rendered.spec(), rendered.timeAt(crosshair.getStartX())));
            readout.autosize();
        }
    }

    /** The time and each series' value nearest to {@code t}, one line each. */
    static String readoutText(ChartSpec spec, long t) {
        List<String> lines = new ArrayList<>();
        lines.add(CROSSHAIR_TIME.format(ZonedDateTime.ofInstant(Instant.ofEpochMilli(t), spec.zone())));
        for (SeriesDataset.Series s : spec.series()) {
            double v = valueNear(s.points(), t);
            lines.add(s.label() + ": " + (Double.isNaN(v) ? "no data" : formatValue(v, spec.unit())));
        }
        return String.join("\n", lines);
    }

    static double valueNear(Lttb.Points p, long t) {
        long[] times = p.times();
        if (times.length == 0) {
            return Double.NaN;
        }
        int i = Arrays.binarySearch(times, t);
        // Before a series begins or after it ends (a Prometheus started minutes ago, a target added later) there is no
        // data: the nearest sample, an hour away, was read out as if it were there.
        long step = times.length > 1 ? Math.max(1, (times[times.length - 1] - times[0]) / (times.length - 1)) : 0;
        if (i < 0) {
            int insert = -i - 1;
            if (insert == 0) {
                if (times[0] - t > 2 * step) {
                    return Double.NaN;
                }
                i = 0;
            } else if (insert >= times.length) {
                if (t - times[times.length - 1] > 2 * step) {
                    return Double.NaN;
                }
                i = times.length - 1;
            } else {
                i = t - times[insert - 1] <= times[insert] - t ? insert - 1 : insert;
            }
        }
        return p.values()[i];
    }

    static String formatValue(double v, String unit) {
        String number = Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.3g", v);
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
