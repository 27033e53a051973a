package sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/** Shared by the benchmarks: timing and the one output format CI and people read, "BENCH name value unit". */
public final class Bench {

    private Bench() {
    }

    /** A task measured once per call. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    /** Median wall time in milliseconds of {@code runs} calls after {@code warmup} unmeasured ones. */
    public static double medianMillis(int warmup, int runs, Task task) throws Exception {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return median(ms);
    }

    /** What a comparison times. */
    public enum Clock {
        /** Elapsed time: for work that waits (a disk's fsync) or spans threads (a canvas snapshot). */
        WALL,
        /**
         * CPU time of the calling thread: for single-threaded computation, so time the thread spends
         * descheduled while other builds share the cores is not counted against either side.
         */
        THREAD_CPU
    }

    /**
     * How two tasks are compared.
     *
     * @param warmupPairs unmeasured A, B pairs first, so both sides reach the same JIT state
     * @param pairs measured pairs; the ratio reported is the median of the pairs' A / B
     * @param collectFirst a full collection before each timed call, so a young collection that the other
     *                     side's garbage made due never lands inside this side's time (it decided the
     *                     range decode ratio: the same run gave pair ratios from 0.5 to 6 without it)
     */
    public record Pairing(int warmupPairs, int pairs, Clock clock, boolean collectFirst) {
    }

    /**
     * Medians of two tasks measured interleaved in one JVM, and the median of the per-pair ratios A / B,
     * with the ratios' quartiles to show how much they spread.
     */
    public record Comparison(double medianA, double medianB, double ratio, double ratioQ1, double ratioQ3) {

        /** Prints A's and B's medians and the ratio line ("x" unit, quartiles beside it). */
        public void print(String nameA, String nameB, String ratioName, String unitNote) {
            Bench.print(nameA, medianA, "ms");
            Bench.print(nameB, medianB, "ms");
            Bench.print(ratioName, ratio, String.format(Locale.ROOT, "x (quartiles %.2f-%.2f%s)", ratioQ1,
                    ratioQ3, unitNote.isEmpty() ? "" : "; " + unitNote));
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Runs A and B interleaved after the same warm-up: within a pair the order alternates (A B, then B A),
     * so neither side always runs just after the other and inherits its garbage or its cache. Drift in the
     * machine's load moves both sides of a pair together, which the per-pair ratio cancels.
     */
    public static Comparison compare(Pairing how, Task a, Task b) throws Exception {
        for (int i = 0; i < how.warmupPairs(); i++) {
            a.run();
            b.run();
        }
        double[] msA = new double[how.pairs()];
        double[] msB = new double[how.pairs()];
        double[] ratios = new double[how.pairs()];
        for (int i = 0; i < how.pairs(); i++) {
            if (i % 2 == 0) {
                msA[i] = time(how, a);
                msB[i] = time(how, b);
            } else {
                msB[i] = time(how, b);
                msA[i] = time(how, a);
            }
            ratios[i] = msA[i] / msB[i];
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        return new Comparison(median(msA), median(msB), median(ratios), sorted[(sorted.length - 1) / 4],
                sorted[(3 * (sorted.length - 1)) / 4]);
    }

    private static double time(Pairing how, Task task) throws Exception {
        if (how.collectFirst()) {
            System.gc();
        }
        if (how.clock() == Clock.THREAD_CPU) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            task.run();
            return (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        long t0 = System.nanoTime();
        task.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    static double median(double[] values) {
        double[] ms = values.clone();
        Arrays.sort(ms);
        int n = ms.length;
        return n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    }

    public static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.3f %s", name, value, unit));
    }
}
