package sitrep.bench;

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
        Arrays.sort(ms);
        return runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    }

    public static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.3f %s", name, value, unit));
    }
}
