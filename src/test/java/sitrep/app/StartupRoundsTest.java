package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupRoundsTest {

    @Test
    void passesAddTheirRoundsToOneFileAndTheLastReadsThemAllInOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run").resolve("startup-rounds.tsv");
        StartupRounds first = new StartupRounds();
        first.addLoad(0.92, 28);
        first.addRound("jvm_floor", new double[] {120.5, 90, Double.NaN, 0, 0});
        first.addRound("java_jar", new double[] {830.25, 870, 1960, 1, 1});
        first.appendTo(file);
        StartupRounds second = new StartupRounds();
        second.addLoad(1.25, 6);
        second.addRound("jvm_floor", new double[] {106, 80, Double.NaN, 0, 0});
        second.addRound("java_jar", new double[] {794, 830, 1888, 1, 0});
        second.appendTo(file);

        StartupRounds all = StartupRounds.read(file);

        assertThat(all.passes()).isEqualTo(2);
        assertThat(all.highestLoadBefore()).isEqualTo(1.25);
        assertThat(all.secondsSettling()).isEqualTo(34);
        assertThat(all.runs()).containsOnlyKeys("jvm_floor", "java_jar");
        assertThat(all.runs().keySet()).containsExactly("jvm_floor", "java_jar");
        assertThat(all.runs().get("jvm_floor")).containsExactly(new double[] {120.5, 90, Double.NaN, 0, 0},
                new double[] {106, 80, Double.NaN, 0, 0});
        assertThat(all.runs().get("java_jar").get(1)).containsExactly(794, 830, 1888, 1, 0);
    }

    @Test
    void aLineOfSomethingElseIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("startup-rounds.tsv");
        Files.writeString(file, "round\tjvm_floor\t1\t2\t3\t0\t0\nsomething else\n");
        assertThatThrownBy(() -> StartupRounds.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("something else");
    }
}
