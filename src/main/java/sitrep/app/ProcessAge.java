package sitrep.app;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private static final long MILLIS_PER_TICK = 10;

    private ProcessAge() {
    }

    static Duration now() {
        Optional<Duration> counted = fromProc(Path.of("/proc/self/stat"), Path.of("/proc/uptime"));
        if (counted.isPresent()) {
            return counted.get();
        }
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(started, Instant.now());
    }

    /** This process's start in epoch milliseconds, for a child JVM to time itself from. */
    static long startedEpochMillis() {
        return System.currentTimeMillis() - now().toMillis();
    }

    /**
     * From a /proc/[pid]/stat and /proc/uptime; empty when they cannot be read as such. Read with java.io and the
     * uptime's seconds parsed by hand: the first JVM of a {@code java -jar} start asks this before it starts the
     * second one, and NIO's file channels, a lambda and the floating-point parser each cost it their first use.
     */
    static Optional<Duration> fromProc(Path stat, Path uptime) {
        try {
            String s = read(stat);
            // The command name may hold spaces and parentheses: the fields start after the last ") ".
            String[] fields = s.substring(s.lastIndexOf(") ") + 2).trim().split(" ");
            long startMillis = Long.parseLong(fields[19]) * MILLIS_PER_TICK;
            long ms = millis(read(uptime).trim().split(" ")[0]) - startMillis;
            return ms >= 0 ? Optional.of(Duration.ofMillis(ms)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Seconds as /proc/uptime writes them ("1236.06") in milliseconds. */
    private static long millis(String seconds) {
        int dot = seconds.indexOf('.');
        if (dot < 0) {
            return Long.parseLong(seconds) * 1000;
        }
        long ms = Long.parseLong(seconds.substring(0, dot)) * 1000;
        for (int i = dot + 1, scale = 100; i < seconds.length(); i++, scale /= 10) {
            char digit = seconds.charAt(i);
            if (digit < '0' || digit > '9') {
                throw new NumberFormatException(seconds);
            }
            ms += (digit - '0') * scale;
        }
        return ms;
    }

    private static String read(Path file) throws IOException {
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
