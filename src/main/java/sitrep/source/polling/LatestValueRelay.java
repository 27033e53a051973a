package sitrep.source.polling;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The console's one "latest wins" hand-off: values from any thread reach a consumer on an executor (the FX
 * thread through {@code Platform::runLater}, a fetch or render thread), keeping only the newest. While a
 * delivery waits or runs, new values replace the waiting one instead of queueing behind it, so a slow
 * consumer never builds a backlog. At most one delivery is pending or running at a time, whatever the
 * executor, so a consumer that is not thread-safe (a dashboard fetch, a chart rasterizer) is confined to one
 * thread at a time. The polls reach the status board this way, dashboard requests reach the fetch thread,
 * and chart specs reach the render thread and their frames the FX thread.
 */
public final class LatestValueRelay<T> implements Consumer<T> {

    private static final System.Logger LOG = System.getLogger(LatestValueRelay.class.getName());

    private final Executor deliverOn;
    private final Consumer<? super T> consumer;
    private final Consumer<? super T> discarded;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean busy = new AtomicBoolean();

    public LatestValueRelay(Executor deliverOn, Consumer<? super T> consumer) {
        this(deliverOn, consumer, value -> { });
    }

    /**
     * @param discarded sees each value replaced before it was delivered, or left when the executor refused
     *                  the delivery (closed), so its resources (a frame's pixels) can be given back
     */
    public LatestValueRelay(Executor deliverOn, Consumer<? super T> consumer, Consumer<? super T> discarded) {
        this.deliverOn = Objects.requireNonNull(deliverOn);
        this.consumer = Objects.requireNonNull(consumer);
        this.discarded = Objects.requireNonNull(discarded);
    }

    /** Publishes a value; callable from any thread. */
    @Override
    public void accept(T value) {
        T replaced = latest.getAndSet(Objects.requireNonNull(value));
        if (replaced != null) {
            discarded.accept(replaced);
        }
        schedule();
    }

    private void schedule() {
        if (busy.compareAndSet(false, true)) {
            try {
                deliverOn.execute(this::deliver);
            } catch (RejectedExecutionException closed) {
                // The owner shut the executor down: nothing more will be delivered.
                busy.set(false);
                T left = latest.getAndSet(null);
                if (left != null) {
                    discarded.accept(left);
                }
            }
        }
    }

    private void deliver() {
        T value = latest.getAndSet(null);
        try {
            if (value != null) {
                consumer.accept(value);
            }
        } catch (RuntimeException e) {
            // One bad value must not stop the ones after it.
            LOG.log(Level.ERROR, "a latest-wins delivery failed", e);
        } finally {
            // Released only after the consumer returned: a value published meanwhile waits (replacing any
            // older one) and gets its own delivery now, so none is stranded and none overlaps this one.
            busy.set(false);
            if (latest.get() != null) {
                schedule();
            }
        }
    }
}
