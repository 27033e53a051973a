package sitrep.source.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import sitrep.domain.MetricSeries;

/**
 * The console's own view of a source: whether each poll succeeded and how long it took, kept in a ring
 * of the last {@code capacity} polls. In a network outage this is often the first signal, before any
 * server-side metric can say anything.
 */
public final class ReachabilitySeries {

    public static final String UP_METRIC = "sitrep_source_up";
    public static final String LATENCY_METRIC = "sitrep_source_latency_seconds";

    private final String source;
    private final long[] times;
    private final double[] up;
    private final double[] latency;
    private int start;
    private int size;

    public ReachabilitySeries(String source, int capacity) {
        this.source = source;
        this.times = new long[capacity];
        this.up = new double[capacity];
        this.latency = new double[capacity];
    }

    /** Records one poll; the latency of a failed poll is kept too (how long until it failed). */
    public synchronized void record(Instant at, boolean success, Duration took) {
        int i = (start + size) % times.length;
        if (size == times.length) {
            start = (start + 1) % times.length;
        } else {
            size++;
        }
        times[i] = at.toEpochMilli();
        up[i] = success ? 1 : 0;
        latency[i] = took.toNanos() / 1e9;
    }

    /** 1 for a successful poll, 0 for a failed one, oldest first. */
    public synchronized MetricSeries upSeries() {
        return copy(UP_METRIC, up);
    }

    /** Seconds each poll took, oldest first. */
    public synchronized MetricSeries latencySeries() {
        return copy(LATENCY_METRIC, latency);
    }

    private MetricSeries copy(String metric, double[] values) {
        long[] t = new long[size];
        double[] v = new double[size];
        for (int k = 0; k < size; k++) {
            int i = (start + k) % times.length;
            t[k] = times[i];
            v[k] = values[i];
        }
        return new MetricSeries(Map.of("__name__", metric, "source", source), t, v);
    }
}
