package sitrep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/** Shared by the benchmarks: timing, and the one output format people and scripts read, "BENCH name value unit". */
public final class Bench {

    private Bench() {
    }

    /** A task measured once per call. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    /**
     * Median wall time in milliseconds of {@code runs} calls, each timed alone, after {@code warmup}
     * unmeasured ones and a full collection.
     */
    public static double medianMillis(int warmup, int runs, Task task) throws Exception {
        return medianMillis(new Sampling(warmup, runs, 1, Clock.WALL, false), task);
    }

    /**
     * How one task is sampled.
     *
     * @param warmup unmeasured batches first, for at least {@link #MIN_WARMUP_MILLIS} in all
     * @param samples measured batches; the figure is the median of their per-call times
     * @param batch calls timed together as one sample and divided by {@code batch}: work of a fraction of a
     *              millisecond (an fsync on a virtual disk) or a few milliseconds is then timed over a span
     *              well above the timer's and the scheduler's granularity, so one time slice lost to another
     *              process does not decide a sample
     * @param collectFirst a full collection before each sample, as in {@link Pairing}
     */
    public record Sampling(int warmup, int samples, int batch, Clock clock, boolean collectFirst) {
        public Sampling {
            if (samples < 1 || batch < 1 || warmup < 0) {
                throw new IllegalArgumentException("samples and batch at least 1, warm-up not negative");
            }
        }
    }

    /**
     * Median time in milliseconds of one call, from {@code how.samples()} samples of {@code how.batch()}
     * calls each, after the warm-up. A full collection follows the warm-up, so the warm-up's garbage (or
     * the previous step's) is not collected inside the first samples.
     */
    public static double medianMillis(Sampling how, Task task) throws Exception {
        return medianMillis(how, () -> { }, task);
    }

    /**
     * As {@link #medianMillis(Sampling, Task)}, with {@code before} run untimed before each sample (and each
     * warm-up batch): to put back the state the task changes, such as clearing the filter a sample sets.
     */
    public static double medianMillis(Sampling how, Task before, Task task) throws Exception {
        return medianMillis(how, before, task, MIN_WARMUP_MILLIS);
    }

    /**
     * As {@link #medianMillis(Sampling, Task)} with exactly the warm-up asked for, not {@link #MIN_WARMUP_MILLIS}: for
     * a task that grows what it works on (each call adds a note to the list it is timed on), where a warm-up by time
     * would change what is measured (a second of notes made the 5,000-row timeline 60,000 rows long).
     */
    public static double medianMillisCountedWarmUp(Sampling how, Task task) throws Exception {
        return medianMillis(how, () -> { }, task, 0);
    }

    /** As {@link #medianMillis(Sampling, Task, Task)}, warming up for at least {@code minWarmupMillis} (tests: 0). */
    static double medianMillis(Sampling how, Task before, Task task, long minWarmupMillis) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < how.warmup() || warmingUp(how.warmup(), start, minWarmupMillis); i++) {
            before.run();
            repeat(how.batch(), task);
        }
        awaitCompiled();
        System.gc();
        double[] ms = new double[how.samples()];
        for (int i = 0; i < ms.length; i++) {
            before.run();
            ms[i] = time(how.clock(), how.collectFirst(), how.batch(), task);
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
     * @param warmupPairs unmeasured A, B pairs (of batches) first, for at least {@link #MIN_WARMUP_MILLIS} in
     *                    all, so both sides reach the same JIT state
     * @param pairs measured pairs; the ratio reported is the median of the pairs' A / B
     * @param collectFirst a full collection before each timed call, so a young collection that the other
     *                     side's garbage made due never lands inside this side's time (it decided the
     *                     range decode ratio: the same run gave pair ratios from 0.5 to 6 without it)
     * @param batch calls of one side timed together and divided by {@code batch}, as in {@link Sampling}
     */
    public record Pairing(int warmupPairs, int pairs, Clock clock, boolean collectFirst, int batch) {

        /** One call per side and pair. */
        public Pairing(int warmupPairs, int pairs, Clock clock, boolean collectFirst) {
            this(warmupPairs, pairs, clock, collectFirst, 1);
        }

        public Pairing {
            if (pairs < 1 || batch < 1 || warmupPairs < 0) {
                throw new IllegalArgumentException("pairs and batch at least 1, warm-up not negative");
            }
        }
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
        return compare(how, a, b, MIN_WARMUP_MILLIS);
    }

    /** As {@link #compare(Pairing, Task, Task)}, warming up for at least {@code minWarmupMillis} (tests: 0). */
    static Comparison compare(Pairing how, Task a, Task b, long minWarmupMillis) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < how.warmupPairs() || warmingUp(how.warmupPairs(), start, minWarmupMillis); i++) {
            repeat(how.batch(), a);
            repeat(how.batch(), b);
        }
        awaitCompiled();
        double[] msA = new double[how.pairs()];
        double[] msB = new double[how.pairs()];
        double[] ratios = new double[how.pairs()];
        for (int i = 0; i < how.pairs(); i++) {
            if (i % 2 == 0) {
                msA[i] = time(how.clock(), how.collectFirst(), how.batch(), a);
                msB[i] = time(how.clock(), how.collectFirst(), how.batch(), b);
            } else {
                msB[i] = time(how.clock(), how.collectFirst(), how.batch(), b);
                msA[i] = time(how.clock(), how.collectFirst(), how.batch(), a);
            }
            ratios[i] = msA[i] / msB[i];
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        return new Comparison(median(msA), median(msB), median(ratios), sorted[(sorted.length - 1) / 4],
                sorted[(3 * (sorted.length - 1)) / 4]);
    }

    /**
     * The shortest warm-up of a measurement that asks for one, whatever its count of calls: C2 compiles a task's
     * hot paths after some ten thousand calls or loop turns, which a warm-up of 100 calls of a quarter of a
     * millisecond never reaches, so such a figure was measured half-compiled, by a different mix of tiers in each
     * run (a postmortem's text export read 0.33, 0.19 and 0.25 ms in three runs). A warm-up of none stays none:
     * that measurement wants the cold call.
     */
    static final long MIN_WARMUP_MILLIS = 1000;

    private static boolean warmingUp(int warmupAskedFor, long startNanos, long minWarmupMillis) {
        return warmupAskedFor > 0 && System.nanoTime() - startNanos < minWarmupMillis * 1_000_000;
    }

    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    /** How long the JIT must have finished no compilation for the warm-up's code to count as compiled. */
    static final long QUIET_MILLIS = 150;
    /** The longest wait for that. */
    static final long SETTLE_LIMIT_MILLIS = 3000;

    /**
     * Waits until the JIT has compiled what the warm-up made hot: a warm-up ends while C2 is still compiling the
     * hottest methods, and whether their compiled code is in place before the first sample or only halfway
     * through decided small figures run to run (an incident's text export read 0.93, 2.18, 1.03 and 1.37 ms).
     */
    public static void awaitCompiled() throws InterruptedException {
        if (JIT != null && JIT.isCompilationTimeMonitoringSupported()) {
            settle(JIT::getTotalCompilationTime, Thread::sleep);
        }
    }

    /** Sleeps for a moment. */
    @FunctionalInterface
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    /**
     * Pauses {@link #QUIET_MILLIS} at a time until the JIT's total compilation time stops growing across one
     * pause, at most {@link #SETTLE_LIMIT_MILLIS}; returns how many pauses it took.
     */
    static int settle(LongSupplier compilationMillis, Pause pause) throws InterruptedException {
        long last = compilationMillis.getAsLong();
        int pauses = 0;
        while (pauses * QUIET_MILLIS < SETTLE_LIMIT_MILLIS) {
            pause.sleep(QUIET_MILLIS);
            pauses++;
            long now = compilationMillis.getAsLong();
            if (now == last) {
                break;
            }
            last = now;
        }
        return pauses;
    }

    /** Milliseconds one call of {@code task} takes on {@code clock}, on the calling thread. */
    public static double millis(Clock clock, Task task) throws Exception {
        return time(clock, false, 1, task);
    }

    /** Milliseconds per call of {@code batch} calls timed together on {@code clock}. */
    private static double time(Clock clock, boolean collectFirst, int batch, Task task) throws Exception {
        if (collectFirst) {
            System.gc();
        }
        if (clock == Clock.THREAD_CPU) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            repeat(batch, task);
            return (THREADS.getCurrentThreadCpuTime() - c0) / 1e6 / batch;
        }
        long t0 = System.nanoTime();
        repeat(batch, task);
        return (System.nanoTime() - t0) / 1e6 / batch;
    }

    private static void repeat(int times, Task task) throws Exception {
        for (int k = 0; k < times; k++) {
            task.run();
        }
    }

    /** The 99th percentile of sorted values: the value at index floor(0.99 n). */
    static double p99(double[] sortedValues) {
        return sortedValues[(int) (sortedValues.length * 0.99)];
    }

    /** The median of the values, as {@link #median(double[])}. */
    public static double median(Collection<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The median of the values (the mean of the middle two of an even count). */
    public static double median(double[] values) {
        double[] ms = values.clone();
        Arrays.sort(ms);
        int n = ms.length;
        return n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    }

    /**
     * Prints a figure. Under {@code -Pbench} every benchmark runs in several passes, each class in a fresh JVM
     * ({@link BenchSummary}): then the figure is added to this pass's file and shown as the pass's, and the BENCH line,
     * made from all the passes' figures, comes once they have all run. Run any other way, the figure is the BENCH line.
     */
    public static void print(String name, double value, String unit) {
        BenchFigure figure = new BenchFigure(name, value, unit);
        String passFile = System.getProperty(PASS_FILE);
        if (passFile == null) {
            System.out.println(figure.benchLine());
            return;
        }
        try {
            Path file = Path.of(passFile);
            Files.createDirectories(file.getParent());
            Files.writeString(file, figure.fileLine() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add the figure to " + passFile, e);
        }
        System.out.println(file(passFile) + ": " + figure.text());
    }

    /** The system property naming the file this JVM's figures are added to, one file per pass. */
    public static final String PASS_FILE = "bench.pass.file";

    /** "pass 2" for .../pass-2.tsv: what a figure printed during a pass is prefixed with. */
    private static String file(String passFile) {
        String name = Path.of(passFile).getFileName().toString();
        return name.replaceFirst("\\.tsv$", "").replace('-', ' ');
    }

    /** The system property that is true in the run's last pass (the fifth, or the first under -Dbench.one.pass). */
    public static final String LAST_PASS = "bench.last.pass";

    /** Whether this JVM runs in the first pass (or in no pass at all). */
    public static boolean firstPass() {
        String passFile = System.getProperty(PASS_FILE);
        return passFile == null || Path.of(passFile).getFileName().toString().equals("pass-1.tsv");
    }

    /**
     * Whether this JVM runs in the run's last pass (or in no pass at all): where a benchmark that gathers its samples
     * over all the passes ({@link #runFile}) prints its figures.
     */
    public static boolean lastPass() {
        return System.getProperty(PASS_FILE) == null || Boolean.getBoolean(LAST_PASS);
    }

    /** A file of this name beside the pass files, shared by the run's passes; empty outside the passes. */
    public static Optional<Path> runFile(String name) {
        return Optional.ofNullable(System.getProperty(PASS_FILE)).map(f -> Path.of(f).resolveSibling(name));
    }
}
