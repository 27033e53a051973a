package sitrep.source.polling;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceSnapshot;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;

/**
 * Polls one source on the shared scheduler. The next poll is scheduled only when the previous one has
 * finished, so two polls of a source never overlap; after failures it waits by {@link Backoff} and goes
 * back to its interval by itself on the first success. Every attempt publishes a {@link SourceUpdate}.
 */
public final class Poller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Poller.class.getName());
    static final int REACHABILITY_POINTS = 3600;

    private final StatusSource source;
    private final Duration interval;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Backoff backoff;
    private final Consumer<? super SourceUpdate> sink;
    private final ReachabilitySeries reachability;

    private final Object lock = new Object();
    private ScheduledFuture<?> next;
    private boolean closed;
    private int failures;
    private Instant firstFailure;
    private Instant lastSuccess;
    private volatile SourceSnapshot latest;
    private volatile SourceHealth health;
    private volatile Duration lastDelay = Duration.ZERO;

    public Poller(StatusSource source, Duration interval, ScheduledExecutorService scheduler, Clock clock,
                  Backoff backoff, Consumer<? super SourceUpdate> sink) {
        this.source = source;
        this.interval = interval;
        this.scheduler = scheduler;
        this.clock = clock;
        this.backoff = backoff;
        this.sink = sink;
        this.reachability = new ReachabilitySeries(source.name(), REACHABILITY_POINTS);
    }

    /** Schedules the first poll now. */
    public Poller start() {
        schedule(Duration.ZERO);
        return this;
    }

    public String name() {
        return source.name();
    }

    /** Null until the first attempt finishes. */
    public SourceHealth health() {
        return health;
    }

    /** The last good snapshot, or null. */
    public SourceSnapshot latest() {
        return latest;
    }

    /** The wait chosen after the last attempt: the interval after a success, the backoff after a failure. */
    public Duration lastDelay() {
        return lastDelay;
    }

    private void schedule(Duration delay) {
        synchronized (lock) {
            if (!closed) {
                next = scheduler.schedule(this::pollOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void pollOnce() {
        long t0 = System.nanoTime();
        Duration delay = interval;
        try {
            SourceSnapshot s = source.poll();
            Instant now = clock.instant();
            if (failures > 0) {
                LOG.log(Level.INFO, source.name() + ": reachable again after " + failures + " failed polls");
            }
            failures = 0;
            firstFailure = null;
            lastSuccess = now;
            latest = s;
            health = SourceHealth.ok(now);
            reachability.record(now, true, s.latency());
        } catch (SourceError e) {
            delay = failed(e.reason(), t0);
        } catch (RuntimeException e) {
            // A bug in a decoder must not stop the polling; it is logged in full, once per occurrence.
            LOG.log(Level.ERROR, source.name() + ": poll failed unexpectedly", e);
            delay = failed(source.name() + ": internal error: " + e, t0);
        }
        lastDelay = delay;
        try {
            sink.accept(new SourceUpdate(source.name(), health, latest, reachability.upSeries(),
                    reachability.latencySeries()));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, source.name() + ": the update consumer failed", e);
        }
        schedule(delay);
    }

    private Duration failed(String reason, long t0) {
        Instant now = clock.instant();
        failures++;
        if (firstFailure == null) {
            firstFailure = now;
            LOG.log(Level.WARNING, reason);
        }
        health = lastSuccess == null ? SourceHealth.failing(firstFailure, reason)
                : SourceHealth.stale(lastSuccess, reason);
        reachability.record(now, false, Duration.ofNanos(System.nanoTime() - t0));
        return backoff.delay(failures);
    }

    /** Stops polling; a poll in flight finishes but schedules nothing. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
        }
    }
}
