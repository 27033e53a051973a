package sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundsTest {

    @Test
    void roundsGiveTheMedianOfEachRoundsMaximumAndTheP99OfAllSamples() {
        Rounds rounds = new Rounds();
        List<Double> round = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            round.add((double) i);
        }
        rounds.add(round);                       // max 200
        rounds.add(List.of(3.0, 1.0, 2.0));      // max 3
        rounds.add(List.of(50.0, 7.0));          // max 50

        assertThat(rounds.rounds()).isEqualTo(3);
        assertThat(rounds.passes()).isEqualTo(1);
        assertThat(rounds.samples()).isEqualTo(205);
        assertThat(rounds.medianOfMaxima()).isEqualTo(50.0);
        // 205 samples: index 202 of them sorted, below only 199 and 200.
        assertThat(rounds.p99OfAll()).isEqualTo(198.0);
        assertThat(rounds.maximaText()).isEqualTo("200.0 3.0 50.0");
        // Medians 100.5, 2 and 28.5: the fastest is the second round's.
        assertThat(rounds.fastestMedian()).isEqualTo(2.0);
        assertThat(rounds.mediansText()).isEqualTo("100.50 2.00 28.50");
    }

    @Test
    void outsideThePassesTheRoundsAreThisJvmsAlone() throws IOException {
        Rounds rounds = new Rounds();
        rounds.add(List.of(1.0, 4.0));
        assertThat(inPass(null, rounds)).isSameAs(rounds);
    }

    @Test
    void eachPassAddsItsRoundsAndReadsBackEveryPassSoFar(@TempDir Path dir) throws IOException {
        Rounds first = new Rounds();
        first.add(List.of(2.0, 1.0));            // max 2
        first.add(List.of(4.0, 3.0, 0.5));       // max 4
        Rounds second = new Rounds();
        second.add(List.of(9.0, 0.25));          // max 9

        Rounds afterFirst = inPass(dir.resolve("run").resolve("pass-1.tsv"), first);
        Rounds afterSecond = inPass(dir.resolve("run").resolve("pass-2.tsv"), second);

        assertThat(afterFirst.rounds()).isEqualTo(2);
        assertThat(afterFirst.passes()).isEqualTo(1);
        assertThat(afterSecond.rounds()).isEqualTo(3);
        assertThat(afterSecond.passes()).isEqualTo(2);
        assertThat(afterSecond.samples()).isEqualTo(7);
        assertThat(afterSecond.maximaText()).isEqualTo("2.0 4.0 9.0");
        assertThat(afterSecond.medianOfMaxima()).isEqualTo(4.0);
        // Pass 1's maxima 2 and 4 (median 3), pass 2's 9; the 99th percentile of 7 samples is the highest of each.
        assertThat(afterSecond.passesMediansOfMaximaText()).isEqualTo("3.00 9.00");
        assertThat(afterSecond.passesP99Text()).isEqualTo("4.00 9.00");
        assertThat(afterSecond.p99OfAll()).isEqualTo(9.0);
        assertThat(Files.readAllLines(dir.resolve("run").resolve("rounds.tsv"))).hasSize(3)
                .allSatisfy(line -> assertThat(line).matches("pass-[12](\t[0-9.]+)+"));
    }

    @Test
    void aLineOfSomethingElseIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rounds.tsv");
        Files.writeString(file, "pass-1\t1.0\t2.0\npass-2\tfast\n");
        assertThatThrownBy(() -> Rounds.read(file)).isInstanceOf(IOException.class).hasMessageContaining("fast");
    }

    /** The rounds over the passes as a JVM of this pass file sees them; a null pass file is a JVM outside them. */
    private static Rounds inPass(Path passFile, Rounds rounds) throws IOException {
        String before = System.getProperty(Bench.PASS_FILE);
        if (passFile == null) {
            System.clearProperty(Bench.PASS_FILE);
        } else {
            System.setProperty(Bench.PASS_FILE, passFile.toString());
        }
        try {
            return rounds.overThePasses("rounds.tsv");
        } finally {
            if (before == null) {
                System.clearProperty(Bench.PASS_FILE);
            } else {
                System.setProperty(Bench.PASS_FILE, before);
            }
        }
    }
}
