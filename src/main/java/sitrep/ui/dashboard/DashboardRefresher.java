package sitrep.ui.dashboard;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs dashboard refreshes in the background: at most one fetch at a time, and a request made while one
 * runs replaces any older waiting request (latest wins), so a slow server never builds a queue.
 */
public final class DashboardRefresher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DashboardRefresher.class.getName());

    private final DashboardFetch fetch;
    private final Executor worker;
    private final Consumer<DashboardFrame> sink;
    private final AtomicReference<FetchRequest> pending = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledFuture<?> ticker;

    /**
     * @param worker where fetches run (not the FX thread)
     * @param sink   receives each frame, on the worker: wrap it in a latest-wins relay to the FX thread
     */
    public DashboardRefresher(DashboardFetch fetch, Executor worker, Consumer<DashboardFrame> sink) {
        this.fetch = fetch;
        this.worker = worker;
        this.sink = sink;
    }

    /** Asks for a refresh; returns at once. */
    public void submit(FetchRequest request) {
        pending.set(request);
        if (running.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        try {
            FetchRequest r;
            while ((r = pending.getAndSet(null)) != null) {
                try {
                    sink.accept(fetch.run(r));
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "dashboard refresh failed", e);
                }
            }
        } finally {
            running.set(false);
            if (pending.get() != null && running.compareAndSet(false, true)) {
                worker.execute(this::drain);
            }
        }
    }

    /**
     * Calls {@code tick} every interval (on the scheduler's thread); the owner turns a tick into a
     * {@link #submit} when the dashboard is live.
     */
    public void every(ScheduledExecutorService scheduler, Duration interval, Runnable tick) {
        ticker = scheduler.scheduleWithFixedDelay(tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.cancel(false);
        }
    }
}
