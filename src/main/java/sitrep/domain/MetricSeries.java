package sitrep.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A labelled series kept as two parallel primitive arrays: twenty series of 11,000 points would cost
 * megabytes as boxed objects, and charts read them by index anyway. The arrays are owned by the record
 * (callers hand them over and must not change them afterwards); accessors return copies only where asked.
 */
public record MetricSeries(Map<String, String> labels, long[] epochMillis, double[] values) {

    public MetricSeries {
        labels = Map.copyOf(labels);
        Objects.requireNonNull(epochMillis);
        Objects.requireNonNull(values);
        if (epochMillis.length != values.length) {
            throw new IllegalArgumentException(
                    "timestamps and values differ in length: " + epochMillis.length + " vs " + values.length);
        }
    }

    public static MetricSeries single(Map<String, String> labels, long epochMillis, double value) {
        return new MetricSeries(labels, new long[] {epochMillis}, new double[] {value});
    }

    public int size() {
        return values.length;
    }

    public Sample sample(int i) {
        return new Sample(epochMillis[i], values[i]);
    }

    public String label(String name) {
        return labels.get(name);
    }

    /** The metric name ({@code __name__}), or an empty string for an expression result without one. */
    public String name() {
        return labels.getOrDefault("__name__", "");
    }

    /** The last value, or NaN for an empty series. */
    public double lastValue() {
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSeries s && labels.equals(s.labels)
                && Arrays.equals(epochMillis, s.epochMillis) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * labels.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MetricSeries" + labels + " (" + values.length + " points)";
    }
}
