package sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The BENCH lines of a {@code -Pbench} run, from its passes. Every benchmark class runs in five passes, each in a
 * fresh JVM, minutes apart (decision 11-13). A figure of one JVM moves with that JVM's compiled code and memory layout,
 * and with the host's moment: the same 5,000-row timeline load read 3.5 ms in some JVMs and 4.8 ms in others, however
 * long each measured, and a 1,000-entry Markdown export's thread CPU went from 1.0 to 1.9 ms per render halfway
 * through one JVM's samples, with no compilation in between; five JVMs at five moments are what a run can repeat.
 */
public final class BenchSummary {

    private BenchSummary() {
    }

    /** Prints the BENCH lines of the passes' files in the folder given. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1 || args[0] == null || args[0].isBlank()) {
            System.out.println("bench summary: give the folder of a run's passes (target/bench/<time of the run>)");
            return;
        }
        Path folder = Path.of(args[0]);
        if (!Files.isDirectory(folder)) {
            System.out.println("bench summary: no figures in " + folder + " (no benchmark ran)");
            return;
        }
        lines(passes(folder)).forEach(System.out::println);
    }

    /** The figures of each pass's file in the folder, in pass order. */
    static List<List<BenchFigure>> passes(Path folder) throws IOException {
        List<List<BenchFigure>> passes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            // Only the passes' files: a benchmark may keep its samples beside them (Bench.runFile).
            for (Path file : files.filter(f -> f.getFileName().toString().matches("pass-\\d+\\.tsv")).sorted()
                    .toList()) {
                passes.add(Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                        .map(BenchFigure::ofFileLine).toList());
            }
        }
        return passes;
    }

    /** How far apart a figure's passes may be, (highest - lowest) / lowest, before the summary names it. */
    static final double SPREAD_NOTED = 0.20;

    /**
     * The BENCH line of each figure, in the order first measured, then one line naming the figures whose passes were
     * more than {@link #SPREAD_NOTED} apart. A figure of one pass is printed as it was measured. A time is the fastest
     * of its passes: each pass's figure is already a median within its JVM, and a pass is slower than another for what
     * lies outside the code measured (its JVM's luck, the host's moment), as a best-of-seven replay leaves out the
     * slower six; the 1,000-entry text export read 0.28 to 0.39 ms in six JVMs of three runs, 0.59 to 0.66 ms in three.
     * Any other figure (a ratio of two sides measured in the same JVM, a heap, a size) is the median of its passes, and
     * so is a stall: the tail of the FX thread's lateness is how the scheduler and the render thread fell in that pass,
     * whose luckiest draw is not its truest (forty refreshes' median longest stall read 1.05, 1.76 and 2.59 ms in the
     * three passes of one run, 2.38 to 2.71 ms in another's). A benchmark that gathers its rounds over the passes
     * ({@link Rounds#overThePasses}, the start-up rounds) prints its figures once, in the last pass, from all of them.
     * The printed unit, with its note of how it was measured (a ratio's quartiles, a stall's rounds), is that of the
     * pass whose value is printed; every pass's value follows the line.
     */
    static List<String> lines(List<List<BenchFigure>> passes) {
        Map<String, List<BenchFigure>> byName = new LinkedHashMap<>();
        for (List<BenchFigure> pass : passes) {
            for (BenchFigure figure : pass) {
                byName.computeIfAbsent(figure.name(), n -> new ArrayList<>()).add(figure);
            }
        }
        List<String> lines = new ArrayList<>();
        List<String> spread = new ArrayList<>();
        for (List<BenchFigure> figures : byName.values()) {
            BenchFigure first = figures.get(0);
            if (figures.size() == 1) {
                lines.add(first.benchLine());
                continue;
            }
            double[] values = figures.stream().mapToDouble(BenchFigure::value).toArray();
            double low = Arrays.stream(values).min().orElseThrow();
            double high = Arrays.stream(values).max().orElseThrow();
            boolean time = isTime(first.unit()) && !isStall(first.name());
            double value = time ? low : Bench.median(values);
            BenchFigure chosen = figures.stream()
                    .min(Comparator.comparingDouble(f -> Math.abs(f.value() - value))).orElseThrow();
            String each = String.join(" / ", Arrays.stream(values)
                    .mapToObj(v -> String.format(Locale.ROOT, "%.3f", v)).toList());
            lines.add(new BenchFigure(first.name(), value, chosen.unit()).benchLine()
                    + " [" + (time ? "fastest" : "median") + " of " + values.length + " passes: " + each + "]");
            if (low > 0 ? (high - low) / low > SPREAD_NOTED : high > low) {
                spread.add(first.name());
            }
        }
        lines.add(String.format(Locale.ROOT, "bench summary: %d figures from %d pass%s; passes more than %.0f %% apart: %s",
                byName.size(), passes.size(), passes.size() == 1 ? "" : "es", SPREAD_NOTED * 100,
                spread.isEmpty() ? "none" : String.join(", ", spread)));
        return lines;
    }

    /** Whether a figure is the tail of a lateness ("fx_thread_longest_stall_...", "..._stall_p99"). */
    static boolean isStall(String name) {
        return name.contains("stall");
    }

    /** Whether a figure of this unit is a time: "ms", "s", "ms of thread CPU (median of 41)". */
    static boolean isTime(String unit) {
        return unit.matches("(ms|s)(\\s.*)?");
    }
}
