package sitrep.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long ago this process started, for the start-up figure. Not {@code ProcessHandle}'s start instant alone: on
 * Linux it is the boot time in whole seconds ({@code btime} of /proc/stat, recomputed from the wall clock) plus the
 * start tick, so it can be off by up to a second, and was by 335 ms on the machine this was measured on. The start
 * tick against /proc/uptime counts both from boot, in 10 ms ticks. Elsewhere, {@code ProcessHandle}'s.
 */
final class ProcessAge {

    /** Linux's /proc counts in USER_HZ, 100 a second on every architecture it runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessAge() {
    }

    static Duration now() {
        return fromProc(Path.of("/proc/self/stat"), Path.of("/proc/uptime")).orElseGet(() -> {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return Duration.between(started, Instant.now());
        });
    }

    /** This process's start in epoch milliseconds, for a child JVM to time itself from. */
    static long startedEpochMillis() {
        return System.currentTimeMillis() - now().toMillis();
    }

    /** From a /proc/[pid]/stat and /proc/uptime; empty when they cannot be read as such. */
    static Optional<Duration> fromProc(Path stat, Path uptime) {
        try {
            String s = Files.readString(stat, StandardCharsets.US_ASCII);
            // The command name may hold spaces and parentheses: the fields start after the last ") ".
            String[] fields = s.substring(s.lastIndexOf(") ") + 2).trim().split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double upSeconds = Double.parseDouble(Files.readString(uptime, StandardCharsets.US_ASCII).trim()
                    .split(" ")[0]);
            long ms = Math.round((upSeconds - startTicks / TICKS_PER_SECOND) * 1000);
            return ms >= 0 ? Optional.of(Duration.ofMillis(ms)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
