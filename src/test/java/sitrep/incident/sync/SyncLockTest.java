package sitrep.incident.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondReplicatorInTheSameProcessWaitsForTheFirstInsteadOfFailing() throws Exception {
        CompletableFuture<Void> second;
        try (SyncLock first = SyncLock.acquire(dir)) {
            second = CompletableFuture.runAsync(() -> {
                try (SyncLock lock = SyncLock.acquire(dir.resolve(".").normalize())) {
                    assertThat(lock).isNotNull();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // While the first holds the folder, the second neither fails nor gets in.
            try {
                second.get(300, TimeUnit.MILLISECONDS);
            } catch (TimeoutException expected) {
                // waiting, as it should
            } catch (ExecutionException e) {
                throw new AssertionError("the second replicator failed instead of waiting", e.getCause());
            }
            assertThat(second).isNotDone();
        }
        second.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theLockCanBeTakenAgainAfterItIsReleasedAndAnInterruptedWaitGivesUpCleanly() throws Exception {
        try (SyncLock ignored = SyncLock.acquire(dir)) {
            CompletableFuture<Throwable> waiter = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try (SyncLock lock = SyncLock.acquire(dir)) {
                    waiter.complete(null);
                } catch (Throwable e) {
                    waiter.complete(e);
                }
            });
            t.start();
            Thread.sleep(100);
            t.interrupt();
            assertThat(waiter.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedIOException.class)
                    .hasMessageContaining("other sync");
        }
        // The interrupted waiter took nothing with it.
        try (SyncLock again = SyncLock.acquire(dir)) {
            assertThat(again).isNotNull();
        }
    }
}
