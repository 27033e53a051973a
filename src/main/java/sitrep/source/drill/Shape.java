package sitrep.source.drill;

/**
 * How a simulated series moves during one phase. Every shape is a pure function of the time, so an instant
 * query and a range query agree on every timestamp, and a seek shows exactly what a straight run would have.
 *
 * <p>{@code t}, {@code from} and {@code to} are epoch milliseconds: the instant asked for and the phase's
 * bounds ({@code to} is the next phase's start, or the scenario's end for the last phase).
 */
public sealed interface Shape {

    double value(long t, long from, long to, long seed);

    /** The same value throughout. */
    record Constant(double value) implements Shape {
        @Override
        public double value(long t, long from, long to, long seed) {
            return value;
        }
    }

    /** A straight line from {@code start} at the phase's start to {@code end} at its end, held after it. */
    record Ramp(double start, double end) implements Shape {
        @Override
        public double value(long t, long from, long to, long seed) {
            if (to <= from) {
                return end;
            }
            double f = Math.max(0.0, Math.min(1.0, (t - from) / (double) (to - from)));
            return start + (end - start) * f;
        }
    }

    /** {@code before} until {@code atMillis}, {@code after} from then on: a change inside one phase. */
    record Step(double before, double after, long atMillis) implements Shape {
        @Override
        public double value(long t, long from, long to, long seed) {
            return t < atMillis ? before : after;
        }
    }

    /**
     * A slow wave with noise: {@code base + amplitude x sin(2 pi t / period) + noise x r}, where r in [-1, 1] is
     * drawn from the seed and the second, so it is the same on every run and every query.
     */
    record Sine(double base, double amplitude, double periodSeconds, double noise) implements Shape {
        @Override
        public double value(long t, long from, long to, long seed) {
            double wave = amplitude * Math.sin(2 * Math.PI * (t / 1000.0) / periodSeconds);
            return base + wave + noise * Noise.at(seed, t);
        }
    }

    /** {@code base}, plus {@code height} for {@code width} seconds at the start of every {@code every} seconds. */
    record Spikes(double base, double height, double everySeconds, double widthSeconds) implements Shape {
        @Override
        public double value(long t, long from, long to, long seed) {
            long every = Math.round(everySeconds * 1000);
            long offset = Math.floorMod(t - from, every);
            return offset < widthSeconds * 1000 ? base + height : base;
        }
    }

    /** No data: the scrape failed or the exporter was gone. Read as NaN. */
    record Gap() implements Shape {
        @Override
        public double value(long t, long from, long to, long seed) {
            return Double.NaN;
        }
    }

    /** Deterministic noise in [-1, 1] per (seed, second): a hash, not a random generator with state. */
    final class Noise {
        private Noise() {
        }

        static double at(long seed, long epochMillis) {
            long z = seed * 0x9E3779B97F4A7C15L + Math.floorDiv(epochMillis, 1000L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z = z ^ (z >>> 31);
            return (z >>> 11) * 0x1.0p-53 * 2.0 - 1.0;
        }
    }
}
