package sitrep.concurrent;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Work done off the UI thread whose outcome is delivered on it: "run this on the I/O thread, then show the result".
 * The UI thread is just an {@link Executor} ({@code Platform::runLater} in the app, {@code Runnable::run} or a
 * queue in tests), so view models that use it are tested without the toolkit.
 *
 * <pre>{@code
 * BackgroundTask.of(() -> journal.append(record))
 *         .onSuccess(saved -> rows.add(saved))
 *         .onFailure(e -> status.set("NOT SAVED: " + e.getMessage()))
 *         .runOn(io, ui);
 * }</pre>
 *
 * <p>Exactly one of {@code onSuccess} and {@code onFailure} runs, on the UI executor, after the work ends. An
 * {@link Error} is not caught: it reaches the worker thread's uncaught-exception handler (see {@link Daemons}).
 */
public final class BackgroundTask<T> {

    private static final System.Logger LOG = System.getLogger(BackgroundTask.class.getName());

    /** The work; it may throw, and what it throws goes to {@link #onFailure}. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    /** Work without a result. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Exception> onFailure = e -> LOG.log(Level.WARNING, "background task failed: " + e);

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> run(Step step) {
        Objects.requireNonNull(step);
        return new BackgroundTask<>(() -> {
            step.run();
            return null;
        });
    }

    /** Receives the result on the UI executor. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> then) {
        this.onSuccess = Objects.requireNonNull(then);
        return this;
    }

    /** Receives what the work threw on the UI executor; without it, the failure is logged. */
    public BackgroundTask<T> onFailure(Consumer<? super Exception> then) {
        this.onFailure = Objects.requireNonNull(then);
        return this;
    }

    /**
     * Runs the work on {@code background}, then the outcome on {@code ui}.
     *
     * @throws java.util.concurrent.RejectedExecutionException when {@code background} is shut down (the caller
     *                                                         is closing; nothing runs)
     */
    public void runOn(Executor background, Executor ui) {
        Consumer<? super T> success = onSuccess;
        Consumer<? super Exception> failure = onFailure;
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                ui.execute(() -> failure.accept(e));
                return;
            }
            ui.execute(() -> success.accept(result));
        });
    }
}
