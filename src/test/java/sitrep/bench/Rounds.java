package sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tail of a latency measured in repeated rounds (an FX-thread probe's lateness over one refresh, say). The
 * maximum of one window is an extreme value: one moment the process was not scheduled, or one collection, decides
 * it, and it moved twofold between runs. The median over rounds of each round's maximum, and the 99th percentile of
 * all rounds' samples, are steadier the more rounds there are (five rounds' median moved 1.6 to 7.5 ms between JVMs,
 * forty rounds' 1.0 to 2.7 ms); each round's maximum is printed beside it ({@link #maximaText}).
 */
public final class Rounds {

    private final List<double[]> sorted = new ArrayList<>();
    /** The pass each round ran in ("pass-3"), or "" for a round of this JVM outside the passes. */
    private final List<String> passes = new ArrayList<>();

    /** One round's samples; a round must have at least one. */
    public void add(Collection<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a round without samples");
        }
        double[] s = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        add(s, "");
    }

    private void add(double[] sortedSamples, String pass) {
        sorted.add(sortedSamples);
        passes.add(pass);
    }

    /**
     * These rounds added to the run's file of that name beside the pass files ({@link Bench#runFile}), one line a
     * round, and every round of the run's passes so far read back from it, this pass's last; outside the passes,
     * these rounds alone. A figure printed from them in the last pass ({@link Bench#lastPass}) is then of all the
     * passes' rounds together, as JMH scores the iterations of all its forks together.
     */
    public Rounds overThePasses(String fileName) throws IOException {
        Optional<Path> file = Bench.runFile(fileName);
        if (file.isEmpty()) {
            return this;
        }
        String pass = Path.of(System.getProperty(Bench.PASS_FILE)).getFileName().toString()
                .replaceFirst("\\.tsv$", "");
        StringBuilder lines = new StringBuilder();
        for (double[] s : sorted) {
            lines.append(pass);
            for (double v : s) {
                lines.append('\t').append(v);
            }
            lines.append('\n');
        }
        Files.createDirectories(file.get().getParent());
        Files.writeString(file.get(), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return read(file.get());
    }

    /** The rounds of a file {@link #overThePasses} wrote, in the order added. */
    static Rounds read(Path file) throws IOException {
        Rounds all = new Rounds();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IOException("not a line of rounds: " + line);
            }
            try {
                all.add(Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).sorted().toArray(), f[0]);
            } catch (NumberFormatException e) {
                throw new IOException("not a line of rounds: " + line, e);
            }
        }
        return all;
    }

    public int rounds() {
        return sorted.size();
    }

    /** How many passes the rounds ran in (1 for rounds of this JVM alone). */
    public int passes() {
        return (int) passes.stream().distinct().count();
    }

    /** Samples over all rounds. */
    public int samples() {
        return sorted.stream().mapToInt(s -> s.length).sum();
    }

    public double medianOfMaxima() {
        return Bench.median(maxima(sorted));
    }

    private static double[] maxima(List<double[]> rounds) {
        return rounds.stream().mapToDouble(s -> s[s.length - 1]).toArray();
    }

    /**
     * The 99th percentile of every round's samples taken together. A round of a refresh holds some 60 samples,
     * so its own 99th percentile was its maximum again; over all rounds the percentile is a tail of thousands.
     */
    public double p99OfAll() {
        return p99(sorted);
    }

    private static double p99(List<double[]> rounds) {
        return Bench.p99(rounds.stream().flatMapToDouble(Arrays::stream).sorted().toArray());
    }

    /** Each pass's median of its rounds' maxima, passes in the order run, for a figure's note: "1.42 1.86". */
    public String passesMediansOfMaximaText() {
        return String.join(" ", byPass().values().stream()
                .map(r -> String.format(Locale.ROOT, "%.2f", Bench.median(maxima(r)))).toList());
    }

    /** Each pass's 99th percentile of its samples, passes in the order run: "1.43 2.06". */
    public String passesP99Text() {
        return String.join(" ", byPass().values().stream()
                .map(r -> String.format(Locale.ROOT, "%.2f", p99(r))).toList());
    }

    private Map<String, List<double[]>> byPass() {
        Map<String, List<double[]>> byPass = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            byPass.computeIfAbsent(passes.get(i), p -> new ArrayList<>()).add(sorted.get(i));
        }
        return byPass;
    }

    /**
     * The fastest round's median: for a time whose rounds' medians scatter within one JVM (a 40-panel apply's,
     * 0.10 to 0.54 ms), as a time is the fastest of its passes (docs/decisions/11-13).
     */
    public double fastestMedian() {
        return sorted.stream().mapToDouble(Bench::median).min().orElseThrow();
    }

    /** Each round's median, in the order the rounds ran, for a figure's note: "0.19 0.22 0.18". */
    public String mediansText() {
        return String.join(" ", sorted.stream()
                .map(s -> String.format(Locale.ROOT, "%.2f", Bench.median(s))).toList());
    }

    /** Each round's maximum, in the order the rounds ran, for a figure's note: "29.0 4.2 3.1". */
    public String maximaText() {
        return String.join(" ", sorted.stream()
                .map(s -> String.format(Locale.ROOT, "%.1f", s[s.length - 1])).toList());
    }
}
