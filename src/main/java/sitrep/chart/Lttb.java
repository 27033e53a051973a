package sitrep.chart;

import java.util.Arrays;

/**
 * Largest-Triangle-Three-Buckets decimation (Steinarsson 2013): keeps the visual shape of a long series,
 * peaks included, in a fixed number of points. NaN samples are gaps and stay gaps: each unbroken run is
 * decimated on its own with a share of the budget, and one NaN point separates consecutive runs.
 */
public final class Lttb {

    private Lttb() {
    }

    /** A series as parallel arrays; times in epoch milliseconds, ascending. */
    public record Points(long[] times, double[] values) {
        public Points {
            if (times.length != values.length) {
                throw new IllegalArgumentException("times and values differ in length");
            }
        }

        public int size() {
            return times.length;
        }
    }

    /**
     * Returns at most about {@code threshold} points (plus one per gap) that draw like the input.
     * Input at or under the threshold is returned as it is.
     */
    public static Points decimate(long[] times, double[] values, int length, int threshold) {
        if (threshold < 3) {
            throw new IllegalArgumentException("threshold must be at least 3, was " + threshold);
        }
        if (length <= threshold) {
            return new Points(Arrays.copyOf(times, length), Arrays.copyOf(values, length));
        }
        int finite = 0;
        for (int i = 0; i < length; i++) {
            if (!Double.isNaN(values[i])) {
                finite++;
            }
        }
        long[] outT = new long[threshold + runsUpperBound(values, length)];
        double[] outV = new double[outT.length];
        int out = 0;
        int i = 0;
        while (i < length) {
            if (Double.isNaN(values[i])) {
                // Collapse a gap of any length to one NaN point at its start.
                if (out > 0 && !Double.isNaN(outV[out - 1])) {
                    outT[out] = times[i];
                    outV[out] = Double.NaN;
                    out++;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < length && !Double.isNaN(values[i])) {
                i++;
            }
            int runLength = i - start;
            int budget = Math.max(2, (int) Math.round((double) threshold * runLength / Math.max(1, finite)));
            out = decimateRun(times, values, start, runLength, budget, outT, outV, out);
        }
        return new Points(Arrays.copyOf(outT, out), Arrays.copyOf(outV, out));
    }

    private static int runsUpperBound(double[] values, int length) {
        int gaps = 0;
        boolean inGap = false;
        for (int i = 0; i < length; i++) {
            boolean nan = Double.isNaN(values[i]);
            if (nan && !inGap) {
                gaps++;
            }
            inGap = nan;
        }
        // Per run: rounding and the two-point minimum add up to two points; each gap adds one NaN point.
        return 3 * gaps + 2;
    }

    private static int decimateRun(long[] t, double[] v, int from, int n, int threshold,
                                   long[] outT, double[] outV, int out) {
        if (n <= threshold) {
            System.arraycopy(t, from, outT, out, n);
            System.arraycopy(v, from, outV, out, n);
            return out + n;
        }
        double every = (double) (n - 2) / (threshold - 2);
        int a = from;
        outT[out] = t[a];
        outV[out] = v[a];
        out++;
        for (int bucket = 0; bucket < threshold - 2; bucket++) {
            int avgStart = from + (int) Math.floor((bucket + 1) * every) + 1;
            int avgEnd = Math.min(from + (int) Math.floor((bucket + 2) * every) + 1, from + n);
            double avgX = 0;
            double avgY = 0;
            int avgCount = Math.max(1, avgEnd - avgStart);
            for (int j = avgStart; j < avgEnd; j++) {
                avgX += t[j];
                avgY += v[j];
            }
            if (avgEnd <= avgStart) {
                avgX = t[from + n - 1];
                avgY = v[from + n - 1];
            } else {
                avgX /= avgCount;
                avgY /= avgCount;
            }
            int rangeStart = from + (int) Math.floor(bucket * every) + 1;
            int rangeEnd = from + (int) Math.floor((bucket + 1) * every) + 1;
            double ax = t[a];
            double ay = v[a];
            double maxArea = -1;
            int next = rangeStart;
            for (int j = rangeStart; j < rangeEnd; j++) {
                double area = Math.abs((ax - avgX) * (v[j] - ay) - (ax - t[j]) * (avgY - ay));
                if (area > maxArea) {
                    maxArea = area;
                    next = j;
                }
            }
            outT[out] = t[next];
            outV[out] = v[next];
            out++;
            a = next;
        }
        outT[out] = t[from + n - 1];
        outV[out] = v[from + n - 1];
        return out + 1;
    }
}
