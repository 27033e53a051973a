package sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSummaryTest {

    @Test
    void aTimeIsTheFastestOfItsPassesAndAnyOtherFigureTheMedianInTheOrderFirstMeasured() {
        List<String> lines = BenchSummary.lines(List.of(
                List.of(new BenchFigure("load", 6.8, "ms of thread CPU (median of 41)"),
                        new BenchFigure("ratio", 1.18, "x (quartiles 1.17-1.18)"), new BenchFigure("heap", 60.1, "MB")),
                List.of(new BenchFigure("load", 4.3, "ms of thread CPU (median of 41)"),
                        new BenchFigure("ratio", 1.05, "x (quartiles 1.01-1.09)"), new BenchFigure("heap", 59.1, "MB")),
                List.of(new BenchFigure("load", 4.5, "ms of thread CPU (median of 41)"),
                        new BenchFigure("ratio", 1.07, "x (quartiles 1.04-1.12)"), new BenchFigure("heap", 60.0, "MB"))));

        assertThat(lines).containsExactly(
                "BENCH load 4.300 ms of thread CPU (median of 41) [fastest of 3 passes: 6.800 / 4.300 / 4.500]",
                "BENCH ratio 1.070 x (quartiles 1.04-1.12) [median of 3 passes: 1.180 / 1.050 / 1.070]",
                "BENCH heap 60.000 MB [median of 3 passes: 60.100 / 59.100 / 60.000]",
                "bench summary: 3 figures from 3 passes; passes more than 20 % apart: load");
    }

    @Test
    void theNoteBesideAFigureIsThatOfThePassWhoseValueIsPrinted() {
        List<String> lines = BenchSummary.lines(List.of(
                List.of(new BenchFigure("apply_max", 4.1, "ms (rounds' maxima: 39.3 5.2 4.1)")),
                List.of(new BenchFigure("apply_max", 2.2, "ms (rounds' maxima: 2.2 1.1 9.0)"))));

        assertThat(lines.get(0)).isEqualTo(
                "BENCH apply_max 2.200 ms (rounds' maxima: 2.2 1.1 9.0) [fastest of 2 passes: 4.100 / 2.200]");
    }

    @Test
    void aStallIsTheMedianOfItsPassesNotTheLuckiest() {
        List<String> lines = BenchSummary.lines(List.of(
                List.of(new BenchFigure("fx_longest_stall", 1.76, "ms (maxima: 4.0 1.7)")),
                List.of(new BenchFigure("fx_longest_stall", 1.05, "ms (maxima: 1.5 0.9)")),
                List.of(new BenchFigure("fx_longest_stall", 2.59, "ms (maxima: 4.7 1.3)"))));

        assertThat(lines.get(0)).isEqualTo(
                "BENCH fx_longest_stall 1.760 ms (maxima: 4.0 1.7) [median of 3 passes: 1.760 / 1.050 / 2.590]");
        assertThat(BenchSummary.isStall("imported_40_panels_refresh_fx_stall_p99")).isTrue();
        assertThat(BenchSummary.isStall("imported_40_panels_apply_fx_max")).isFalse();
    }

    @Test
    void timesAreTheUnitsOfMillisecondsAndSeconds() {
        assertThat(BenchSummary.isTime("ms")).isTrue();
        assertThat(BenchSummary.isTime("s (limit 10)")).isTrue();
        assertThat(BenchSummary.isTime("ms of FX-thread CPU")).isTrue();
        assertThat(BenchSummary.isTime("x (quartiles 1.0-1.1)")).isFalse();
        assertThat(BenchSummary.isTime("MB")).isFalse();
        assertThat(BenchSummary.isTime("of 9")).isFalse();
        assertThat(BenchSummary.isTime("samples")).isFalse();
    }

    @Test
    void aFigureOfOnePassIsPrintedAsMeasured() {
        List<String> lines = BenchSummary.lines(List.of(
                List.of(new BenchFigure("startup_median", 1132, "ms"), new BenchFigure("decode", 28.3, "ms")),
                List.of(new BenchFigure("decode", 27.8, "ms"))));

        assertThat(lines).containsExactly("BENCH startup_median 1132.000 ms",
                "BENCH decode 27.800 ms [fastest of 2 passes: 28.300 / 27.800]",
                "bench summary: 2 figures from 2 passes; passes more than 20 % apart: none");
    }

    @Test
    void aFigureWrittenDuringAPassIsReadBackFromThePassFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run").resolve("pass-2.tsv");
        String before = System.getProperty(Bench.PASS_FILE);
        System.setProperty(Bench.PASS_FILE, file.toString());
        try {
            Bench.print("settings_load_median", 0.0234, "ms (median of 101 samples of 10)");
            Bench.print("settings_save_atomic_median", 0.9, "ms");
            assertThat(Bench.firstPass()).isFalse();
            assertThat(Bench.lastPass()).isFalse();
            assertThat(Bench.runFile("rounds.tsv")).contains(dir.resolve("run").resolve("rounds.tsv"));
            System.setProperty(Bench.LAST_PASS, "true");
            assertThat(Bench.lastPass()).isTrue();
        } finally {
            System.clearProperty(Bench.LAST_PASS);
            if (before == null) {
                System.clearProperty(Bench.PASS_FILE);
            } else {
                System.setProperty(Bench.PASS_FILE, before);
            }
        }

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(BenchFigure::ofFileLine))
                .containsExactly(new BenchFigure("settings_load_median", 0.0234, "ms (median of 101 samples of 10)"),
                        new BenchFigure("settings_save_atomic_median", 0.9, "ms"));
    }

    @Test
    void onlyThePassesFilesAreReadNotASamplesFileBesideThem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pass-2.tsv"), new BenchFigure("decode", 27.8, "ms").fileLine() + "\n");
        Files.writeString(dir.resolve("pass-1.tsv"), new BenchFigure("decode", 28.3, "ms").fileLine() + "\n");
        Files.writeString(dir.resolve("startup-rounds.tsv"), "round\tjvm_floor\t88.9\t90.0\tNaN\t0.0\t0.0\n");

        assertThat(BenchSummary.passes(dir)).containsExactly(List.of(new BenchFigure("decode", 28.3, "ms")),
                List.of(new BenchFigure("decode", 27.8, "ms")));
    }

    @Test
    void withoutAPassEveryBenchmarkRunsAsTheFirst() {
        assertThat(System.getProperty(Bench.PASS_FILE)).isNull();
        assertThat(Bench.firstPass()).isTrue();
        assertThat(Bench.lastPass()).isTrue();
        assertThat(Bench.runFile("rounds.tsv")).isEmpty();
    }

    @Test
    void aFigureNameIsOneWordAndAUnitOneLine() {
        assertThatThrownBy(() -> new BenchFigure("two words", 1, "ms")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BenchFigure("name", 1, "ms\tx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchFigure.ofFileLine("name 1.0 ms")).isInstanceOf(IllegalArgumentException.class);
    }
}
