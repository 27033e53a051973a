package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up figure is timed from the process's start, read from boot-relative counters where Linux has them. */
class ProcessAgeTest {

    @Test
    void thisProcessIsAsOldAsItsJvmToWithinTheTicksAndTheJvmsOwnStart() {
        Duration age = ProcessAge.now();
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        // The JVM's uptime starts a little after the process (its own creation); /proc counts in 10 ms ticks.
        assertThat(age.toMillis()).isBetween(jvmUptime - 20, jvmUptime + 500);
    }

    @Test
    void aStatLineIsReadAfterTheCommandNameWhateverItHolds(@TempDir Path dir) throws IOException {
        // Field 22 (start time) is 123456 ticks; the name has a space and a parenthesis in it.
        assertThat(ageFrom(dir, statLine("4242 (my (odd) name) S", 123456) + " 0\n", "1236.06 2000.00\n"))
                .contains(Duration.ofMillis(1500));
    }

    @Test
    void theUptimesFractionIsReadToTheMillisecondAndNothingElseIsANumber(@TempDir Path dir) throws IOException {
        String stat = statLine("1 (init) S", 100) + "\n";
        assertThat(ageFrom(dir, stat, "3.5 1.0\n")).contains(Duration.ofMillis(2500));
        assertThat(ageFrom(dir, stat, "3.2567 1.0\n")).contains(Duration.ofMillis(2256));
        assertThat(ageFrom(dir, stat, "4 1.0\n")).contains(Duration.ofMillis(3000));
        assertThat(ageFrom(dir, stat, "3.-5 1.0\n")).isEmpty();
    }

    @Test
    void unreadableFilesGiveNothingRatherThanAWrongFigure(@TempDir Path dir) throws IOException {
        Path stat = dir.resolve("stat");
        Files.writeString(stat, "not a stat line");
        assertThat(ProcessAge.fromProc(stat, dir.resolve("missing"))).isEmpty();
    }

    /** The process age read from a stat file and an uptime file with these contents. */
    private static Optional<Duration> ageFrom(Path dir, String stat, String uptime) throws IOException {
        Path statFile = Files.writeString(dir.resolve("stat"), stat);
        Path uptimeFile = Files.writeString(dir.resolve("uptime"), uptime);
        return ProcessAge.fromProc(statFile, uptimeFile);
    }

    /** A /proc/[pid]/stat line up to field 23: pid, name and state, zeros, the start tick, a zero. */
    private static String statLine(String pidNameState, long startTicks) {
        StringBuilder line = new StringBuilder(pidNameState);
        for (int field = 4; field <= 21; field++) {
            line.append(" 0");
        }
        return line.append(' ').append(startTicks).append(" 0").toString();
    }
}
