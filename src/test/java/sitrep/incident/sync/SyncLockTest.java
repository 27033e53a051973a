package sitrep.incident.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncLockTest {

    @TempDir
    Path dir;

    /** Another process: prints whether it could take the lock on the file it is given, then exits. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                 FileLock lock = ch.tryLock()) {
                System.out.println(lock == null ? "held" : "free");
            }
        }
    }

    private static String probe(Path file) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the probe ended").isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    /** A thread that takes the lock, holds nothing, and records how it ended (null: it got the lock). */
    private static Thread taker(Path folder, CompletableFuture<Throwable> ended) {
        return new Thread(() -> {
            try (SyncLock lock = SyncLock.acquire(folder)) {
                ended.complete(null);
            } catch (Throwable e) {
                ended.complete(e);
            }
        });
    }

    /** Waits until {@code t} waits for the lock, or has ended (then the caller's assertion says how). */
    private static void awaitWaiting(Thread t, CompletableFuture<Throwable> ended) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (t.getState() != Thread.State.WAITING && !ended.isDone() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
    }

    @Test
    void aSecondReplicatorInTheSameProcessWaitsForTheFirstInsteadOfFailing() throws Exception {
        CompletableFuture<Throwable> second = new CompletableFuture<>();
        Path link = Files.createSymbolicLink(dir.resolveSibling(dir.getFileName() + "-link"), dir);
        try {
            Thread t;
            try (SyncLock first = SyncLock.acquire(dir)) {
                // The same folder by another name: one folder, one turn.
                t = taker(link, second);
                t.start();
                awaitWaiting(t, second);
                assertThat(second).as("the second replicator waits, neither failing nor getting in").isNotDone();
            }
            assertThat(second.get(10, TimeUnit.SECONDS)).isNull();
            t.join();
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void aWaiterThatGivesUpLeavesTheHoldersLockInPlaceForOtherProcesses() throws Exception {
        try (SyncLock held = SyncLock.acquire(dir)) {
            CompletableFuture<Throwable> waiter = new CompletableFuture<>();
            Thread t = taker(dir, waiter);
            t.start();
            awaitWaiting(t, waiter);
            t.interrupt();
            assertThat(waiter.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedIOException.class)
                    .hasMessageContaining("other sync");
            // Had the waiter opened the file and closed it, the process's lock would be gone with it.
            assertThat(probe(dir.resolve(SyncLock.FILE))).isEqualTo("held");
        }
        assertThat(probe(dir.resolve(SyncLock.FILE))).isEqualTo("free");
        // The interrupted waiter took no permit with it.
        CompletableFuture<Throwable> again = new CompletableFuture<>();
        taker(dir, again).start();
        assertThat(again.get(10, TimeUnit.SECONDS)).isNull();
    }
}
