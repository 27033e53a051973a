package sitrep.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A figure sampled in blocks spread over seconds, for work that touches much memory. This host has moments of seconds
 * in which such work runs up to twice as slow (a 5,000-row timeline load 3.6 ms, then 7.3 ms for nine seconds, in one
 * JVM) while a plain sort beside it slows by a quarter: one pass's samples, taken within a second, all fell in the
 * moment they met, and three runs of five passes each still drew a run whose every pass met a slow one. Each block is
 * {@link Bench.Sampling} after the warm-up (the first block's); the figure is the fastest block's median, as a time is
 * the fastest of its passes (docs/decisions/11-13), and every block's median is printed beside it.
 *
 * @param blockMedians each block's median, in the order the blocks ran
 */
public record SpreadSamples(double[] blockMedians) {

    /**
     * Samples {@code task} in {@code blocks} blocks as {@code how} says, {@code gap} apart; the warm-up (by count and
     * {@link Bench#MIN_WARMUP_MILLIS}) precedes the first block only.
     */
    public static SpreadSamples take(Bench.Sampling how, int blocks, Duration gap, Bench.Task before, Bench.Task task)
            throws Exception {
        return take(how, blocks, gap, before, task, Bench.MIN_WARMUP_MILLIS);
    }

    static SpreadSamples take(Bench.Sampling how, int blocks, Duration gap, Bench.Task before, Bench.Task task,
                              long minWarmupMillis) throws Exception {
        if (blocks < 1) {
            throw new IllegalArgumentException("at least one block");
        }
        double[] medians = new double[blocks];
        medians[0] = Bench.medianMillis(how, before, task, minWarmupMillis);
        Bench.Sampling again = new Bench.Sampling(0, how.samples(), how.batch(), how.clock(), how.collectFirst());
        for (int b = 1; b < blocks; b++) {
            Thread.sleep(gap.toMillis());
            medians[b] = Bench.medianMillis(again, before, task, 0);
        }
        return new SpreadSamples(medians);
    }

    /** The fastest block's median. */
    public double fastest() {
        return Arrays.stream(blockMedians).min().orElseThrow();
    }

    /** Each block's median in the order they ran, to three digits, for a figure's note: "3.61 3.58 5.84", "0.0213". */
    public String text() {
        return Arrays.stream(blockMedians).mapToObj(m -> String.format(Locale.ROOT, "%.3g", m))
                .collect(Collectors.joining(" "));
    }
}
