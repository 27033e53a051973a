package sitrep.source.polling;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from any thread to a consumer on another executor (the UI passes {@code Platform::runLater}),
 * keeping only the newest: while a delivery is pending, new values replace the waiting one instead of
 * queueing behind it, so a slow frame never builds a backlog. At most one delivery task is pending.
 */
public final class LatestValueRelay<T> implements Consumer<T> {

    private final Executor deliverOn;
    private final Consumer<? super T> consumer;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();

    public LatestValueRelay(Executor deliverOn, Consumer<? super T> consumer) {
        this.deliverOn = Objects.requireNonNull(deliverOn);
        this.consumer = Objects.requireNonNull(consumer);
    }

    /** Publishes a value; callable from any thread. */
    @Override
    public void accept(T value) {
        latest.set(Objects.requireNonNull(value));
        if (pending.compareAndSet(false, true)) {
            deliverOn.execute(this::deliver);
        }
    }

    private void deliver() {
        // Clear the flag before taking the value: a value published after this point schedules a new
        // delivery, so none is ever stranded.
        pending.set(false);
        T value = latest.getAndSet(null);
        if (value != null) {
            consumer.accept(value);
        }
    }
}
