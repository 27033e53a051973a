package sitrep.source.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;

class PollerTest {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
    private final List<SourceUpdate> updates = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    /** Fails on the polls listed, succeeds otherwise; records the most polls ever in flight at once. */
    private static final class ScriptedSource implements StatusSource {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        final List<Integer> failing;

        ScriptedSource(List<Integer> failing) {
            this.failing = failing;
        }

        @Override
        public String name() {
            return "http://db:9090";
        }

        @Override
        public SourceSnapshot poll() throws SourceError {
            int n = calls.incrementAndGet();
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
                if (failing.contains(n)) {
                    throw new SourceError(name(), SourceError.Kind.CONNECTION_REFUSED, "connection refused");
                }
                return new SourceSnapshot(name(), SourceKind.HTTP, Instant.now(), Duration.ofMillis(3), null,
                        HealthLevel.OPERATIONAL, List.of(), List.of(), List.of(), List.of(), List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceError(name(), SourceError.Kind.IO, "interrupted");
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private void awaitUpdates(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (updates.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(updates).hasSizeGreaterThanOrEqualTo(n);
    }

    @Test
    void failingThenStaleThenRecoveredWithBackoffAndNoOverlap() throws Exception {
        ScriptedSource source = new ScriptedSource(List.of(1, 3, 4));
        Backoff backoff = new Backoff(Duration.ofMillis(10), Duration.ofMillis(40), () -> 1.0);
        try (Poller p = new Poller(source, Duration.ofMillis(1), scheduler, Clock.systemUTC(), backoff, updates::add)) {
            p.start();
            awaitUpdates(5);
        }
        assertThat(updates.get(0).health().state()).isEqualTo(SourceHealth.State.FAILING);
        assertThat(updates.get(0).health().reason()).isEqualTo("http://db:9090: connection refused");
        assertThat(updates.get(0).latest()).isNull();
        assertThat(updates.get(1).health().state()).isEqualTo(SourceHealth.State.OK);
        SourceHealth stale = updates.get(3).health();
        assertThat(stale.state()).isEqualTo(SourceHealth.State.STALE);
        assertThat(stale.since()).isEqualTo(updates.get(1).health().since());
        assertThat(updates.get(3).latest()).isNotNull();
        assertThat(updates.get(4).health().isOk()).isTrue();
        assertThat(updates.get(4).reachable().values()).startsWith(0.0, 1.0, 0.0, 0.0, 1.0);
        assertThat(source.maxInFlight.get()).isEqualTo(1);
    }

    @Test
    void backoffDelayIsUsedAfterFailuresAndTheIntervalAfterSuccess() throws Exception {
        ScriptedSource source = new ScriptedSource(List.of(1, 2));
        Backoff backoff = new Backoff(Duration.ofMillis(10), Duration.ofMillis(15), () -> 1.0);
        Poller p = new Poller(source, Duration.ofMillis(7), scheduler, Clock.systemUTC(), backoff, u -> { });
        p.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (source.calls.get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        p.close();
        Thread.sleep(50);
        assertThat(p.lastDelay()).isEqualTo(Duration.ofMillis(7));
        int after = source.calls.get();
        Thread.sleep(100);
        assertThat(source.calls.get()).as("no polls after close").isEqualTo(after);
    }

    @Test
    void reachabilitySeriesKeepsTheNewestPoints() {
        ReachabilitySeries r = new ReachabilitySeries("s", 3);
        for (int i = 0; i < 5; i++) {
            r.record(Instant.ofEpochMilli(i), i % 2 == 0, Duration.ofMillis(i * 100L));
        }
        assertThat(r.upSeries().epochMillis()).containsExactly(2, 3, 4);
        assertThat(r.upSeries().values()).containsExactly(1.0, 0.0, 1.0);
        assertThat(r.latencySeries().values()).containsExactly(0.2, 0.3, 0.4);
        assertThat(r.upSeries().labels()).containsEntry("__name__", "sitrep_source_up").containsEntry("source", "s");
    }
}
