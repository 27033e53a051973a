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
    void eachFigureIsTheMedianOfItsPassesInTheOrderFirstMeasured() {
        List<String> lines = BenchSummary.lines(List.of(
                List.of(new BenchFigure("load", 6.8, "ms (median of 41)"), new BenchFigure("filter", 0.2, "ms")),
                List.of(new BenchFigure("load", 4.3, "ms (median of 41)"), new BenchFigure("filter", 0.19, "ms")),
                List.of(new BenchFigure("load", 4.5, "ms (median of 41)"), new BenchFigure("filter", 0.21, "ms"))));

        assertThat(lines).containsExactly(
                "BENCH load 4.500 ms (median of 41) [median of 3 passes: 6.800 / 4.300 / 4.500]",
                "BENCH filter 0.200 ms [median of 3 passes: 0.200 / 0.190 / 0.210]",
                "bench summary: 2 figures from 3 passes; passes more than 20 % apart: load");
    }

    @Test
    void aFigureOfOnePassIsPrintedAsMeasured() {
        List<String> lines = BenchSummary.lines(List.of(
                List.of(new BenchFigure("startup_median", 1132, "ms"), new BenchFigure("decode", 28.3, "ms")),
                List.of(new BenchFigure("decode", 27.8, "ms"))));

        assertThat(lines).containsExactly("BENCH startup_median 1132.000 ms",
                "BENCH decode 28.050 ms [median of 2 passes: 28.300 / 27.800]",
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
        } finally {
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
    void withoutAPassEveryBenchmarkRunsAsTheFirst() {
        assertThat(System.getProperty(Bench.PASS_FILE)).isNull();
        assertThat(Bench.firstPass()).isTrue();
    }

    @Test
    void aFigureNameIsOneWordAndAUnitOneLine() {
        assertThatThrownBy(() -> new BenchFigure("two words", 1, "ms")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BenchFigure("name", 1, "ms\tx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchFigure.ofFileLine("name 1.0 ms")).isInstanceOf(IllegalArgumentException.class);
    }
}
