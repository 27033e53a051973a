package sitrep.incident.evidence;

import java.util.Arrays;
import java.util.Map;
import sitrep.domain.MetricSeries;

/**
 * Collects samples from many records into one series: sorted by time, and a timestamp seen twice (two
 * sessions recording the same chart) kept once, with the later record's value.
 */
final class SeriesBuilder {

    private long[] times = new long[64];
    private double[] values = new double[64];
    private int size;
    private boolean sorted = true;

    void add(long t, double v) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        if (size > 0 && t <= times[size - 1]) {
            sorted = false;
        }
        times[size] = t;
        values[size] = v;
        size++;
    }

    MetricSeries build(Map<String, String> labels) {
        if (!sorted) {
            sortAndDedupe();
        }
        return new MetricSeries(labels, Arrays.copyOf(times, size), Arrays.copyOf(values, size));
    }

    private void sortAndDedupe() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        // Stable by time, so among equal timestamps the later record comes last and wins below.
        Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
        long[] t = new long[size];
        double[] v = new double[size];
        int n = 0;
        for (int k = 0; k < size; k++) {
            int i = order[k];
            if (n > 0 && t[n - 1] == times[i]) {
                v[n - 1] = values[i];
            } else {
                t[n] = times[i];
                v[n] = values[i];
                n++;
            }
        }
        times = t;
        values = v;
        size = n;
        sorted = true;
    }
}
