package sitrep.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    /** A stand-in for the FX thread: runs what it was handed only when the test says so. */
    private final Queue<Runnable> ui = new ArrayDeque<>();

    private void drainUi() {
        for (Runnable r; (r = ui.poll()) != null; ) {
            r.run();
        }
    }

    @Test
    void theResultIsDeliveredOnTheUiExecutorNotOnTheWorker() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor(Daemons.named("test-worker"));
        AtomicReference<String> workedOn = new AtomicReference<>();
        List<String> delivered = new ArrayList<>();
        try {
            BackgroundTask.of(() -> {
                workedOn.set(Thread.currentThread().getName());
                return "done";
            }).onSuccess(delivered::add).onFailure(e -> delivered.add("failed: " + e)).runOn(worker, ui::add);
            worker.shutdown();
            assertThat(worker.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            worker.shutdownNow();
        }
        assertThat(workedOn.get()).isEqualTo("test-worker");
        assertThat(delivered).as("nothing reaches the UI until the UI thread runs").isEmpty();
        drainUi();
        assertThat(delivered).containsExactly("done");
    }

    @Test
    void aThrownExceptionReachesOnFailureAndOnSuccessDoesNotRun() {
        List<String> delivered = new ArrayList<>();
        BackgroundTask.of(() -> {
            throw new IOException("disk full");
        }).onSuccess(v -> delivered.add("success")).onFailure(e -> delivered.add(e.getMessage()))
                .runOn(Runnable::run, ui::add);
        drainUi();
        assertThat(delivered).containsExactly("disk full");
    }

    @Test
    void aRuntimeExceptionIsAFailureToo() {
        List<Exception> failures = new ArrayList<>();
        BackgroundTask.run(() -> {
            throw new IllegalStateException("closed");
        }).onFailure(failures::add).runOn(Runnable::run, ui::add);
        drainUi();
        assertThat(failures).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStepWithoutResultReportsSuccess() {
        List<String> order = new ArrayList<>();
        BackgroundTask.run(() -> order.add("work")).onSuccess(v -> order.add("then")).runOn(Runnable::run, ui::add);
        assertThat(order).containsExactly("work");
        drainUi();
        assertThat(order).containsExactly("work", "then");
    }

    @Test
    void aClosedExecutorRefusesAndNothingRuns() {
        ExecutorService closed = Executors.newSingleThreadExecutor(Daemons.named("closed"));
        closed.shutdown();
        List<String> delivered = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.of(() -> "x").onSuccess(delivered::add);
        assertThatThrownBy(() -> task.runOn(closed, ui::add)).isInstanceOf(RejectedExecutionException.class);
        drainUi();
        assertThat(delivered).isEmpty();
    }

    @Test
    void daemonThreadsAreDaemonsAndNamed() {
        Thread t = Daemons.numbered("pool").newThread(() -> { });
        Thread u = Daemons.numbered("pool").newThread(() -> { });
        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getName()).isEqualTo("pool-1");
        assertThat(Daemons.named("one").newThread(() -> { }).getName()).isEqualTo("one");
        assertThat(u.getName()).as("each factory counts its own").isEqualTo("pool-1");
    }
}
