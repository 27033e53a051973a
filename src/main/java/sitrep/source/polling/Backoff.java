package sitrep.source.polling;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: after n consecutive failures wait base x 2^(n-1), capped, then drawn
 * between half and all of that so many consoles polling one server do not retry in step.
 */
public final class Backoff {

    public static final Duration DEFAULT_MAX = Duration.ofSeconds(60);

    private final Duration base;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration base, Duration max, DoubleSupplier random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    public static Backoff forInterval(Duration interval) {
        return new Backoff(interval, DEFAULT_MAX, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The wait before the next attempt after {@code failures} consecutive failures (at least one). */
    public Duration delay(int failures) {
        int n = Math.max(1, Math.min(failures, 30));
        long ceiling = Math.min(max.toMillis(), base.toMillis() << Math.min(n - 1, 20));
        double r = Math.max(0.0, Math.min(1.0, random.getAsDouble()));
        return Duration.ofMillis(Math.round(ceiling / 2.0 + r * ceiling / 2.0));
    }
}
