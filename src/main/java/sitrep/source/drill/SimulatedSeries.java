package sitrep.source.drill;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One series of a scenario: the expressions it answers, its labels, and its values as phases over scenario
 * time. Before the first phase it holds the first phase's starting value, so charts that look back from the
 * drill's start see a plausible history instead of nothing.
 *
 * @param exprs the exact query expressions this series answers (compared without whitespace)
 * @param labels its labels, {@code __name__} included; the bare name is the fallback for queries
 * @param seed   drives the deterministic noise of {@link Shape.Sine} and of each phase's jitter
 */
public record SimulatedSeries(String id, List<String> exprs, Map<String, String> labels, long seed,
                              List<Phase> phases, long endMillis) {

    /**
     * @param fromMillis the phase's start; it lasts until the next phase's start (or the scenario's end)
     * @param jitter     deterministic noise of up to this much either way added to the shape (not to gaps)
     */
    public record Phase(long fromMillis, Shape shape, double jitter) {
        public Phase {
            Objects.requireNonNull(shape);
        }
    }

    public SimulatedSeries {
        exprs = List.copyOf(exprs);
        labels = Map.copyOf(labels);
        phases = List.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("series " + id + " has no phases");
        }
    }

    /** The metric name, or an empty string. */
    public String name() {
        return labels.getOrDefault("__name__", "");
    }

    public double valueAt(long epochMillis) {
        int i = phaseIndex(epochMillis);
        Phase p = phases.get(i);
        long t = Math.max(epochMillis, p.fromMillis());
        long to = i + 1 < phases.size() ? phases.get(i + 1).fromMillis() : endMillis;
        double v = p.shape().value(t, p.fromMillis(), to, seed);
        if (p.jitter() != 0 && !Double.isNaN(v)) {
            // A different stream from the shape's own noise, so jitter on a Sine is not its noise doubled.
            v += p.jitter() * Shape.Noise.at(seed ^ 0x5DEECE66DL, t);
        }
        return v;
    }

    /** The values at each of the given instants. */
    public double[] valuesAt(long[] epochMillis) {
        double[] v = new double[epochMillis.length];
        for (int k = 0; k < epochMillis.length; k++) {
            v[k] = valueAt(epochMillis[k]);
        }
        return v;
    }

    private int phaseIndex(long t) {
        int lo = 0;
        int hi = phases.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (phases.get(mid).fromMillis() <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
