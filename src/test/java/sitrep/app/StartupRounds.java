package sitrep.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start-up benchmark's rounds, kept over a run's passes: each pass adds its rounds to one file beside the pass
 * files, and the last pass reads them all back and prints the figures. Starts taken two minutes in a row moved
 * together with the host's moment (in one of three runs every start-up figure read 12-18 % faster, while that run's
 * other figures did not), so the rounds are spread over the whole run instead.
 */
final class StartupRounds {

    private static final String ROUND = "round";
    private static final String LOAD = "load";

    /** Each launcher's rounds in the order run: {ms to the first frame, CPU ms by then, ms to ready, picture, kept}. */
    private final Map<String, List<double[]>> runs = new LinkedHashMap<>();
    /** Each pass's 1-minute load average before its rounds, and the seconds it waited for it to fall. */
    private final List<double[]> loads = new ArrayList<>();

    void addRound(String launcher, double[] round) {
        runs.computeIfAbsent(launcher, k -> new ArrayList<>()).add(round.clone());
    }

    void addLoad(double loadBefore, long settledSeconds) {
        loads.add(new double[] {loadBefore, settledSeconds});
    }

    /** Every launcher's rounds, launchers in the order first run. */
    Map<String, List<double[]>> runs() {
        return runs;
    }

    /** The highest of the passes' load averages before their rounds: the run was quiet only if every pass was. */
    double highestLoadBefore() {
        return loads.stream().mapToDouble(l -> l[0]).max().orElse(Double.NaN);
    }

    /** The seconds all passes waited for a quiet machine. */
    long secondsSettling() {
        return (long) loads.stream().mapToDouble(l -> l[1]).sum();
    }

    int passes() {
        return loads.size();
    }

    /** Adds these rounds to the file (created if need be), one line each, as {@link #read} reads them. */
    void appendTo(Path file) throws IOException {
        StringBuilder lines = new StringBuilder();
        loads.forEach(l -> lines.append(line(LOAD, l)));
        runs.forEach((launcher, rounds) -> rounds.forEach(r -> lines.append(line(ROUND + "\t" + launcher, r))));
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String line(String head, double[] values) {
        StringBuilder line = new StringBuilder(head);
        for (double v : values) {
            line.append('\t').append(v);
        }
        return line.append('\n').toString();
    }

    /** Every pass's rounds from the file, in the order added (so the n-th round of each launcher was one round). */
    static StartupRounds read(Path file) throws IOException {
        StartupRounds all = new StartupRounds();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f[0].equals(LOAD)) {
                all.addLoad(Double.parseDouble(f[1]), (long) Double.parseDouble(f[2]));
            } else if (f[0].equals(ROUND)) {
                all.addRound(f[1], Arrays.stream(f, 2, f.length).mapToDouble(Double::parseDouble).toArray());
            } else if (!line.isBlank()) {
                throw new IOException("not a line of start-up rounds: " + line);
            }
        }
        return all;
    }
}
