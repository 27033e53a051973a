package sitrep.source.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class LatestValueRelayTest {

    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final List<Integer> delivered = new ArrayList<>();
    private final LatestValueRelay<Integer> relay = new LatestValueRelay<>(tasks::add, delivered::add);

    @Test
    void aSlowConsumerGetsOnlyTheNewestValueAndNoBacklog() {
        for (int i = 1; i <= 1000; i++) {
            relay.accept(i);
        }
        assertThat(tasks).hasSize(1);
        tasks.poll().run();
        assertThat(delivered).containsExactly(1000);
        assertThat(tasks).isEmpty();
    }

    @Test
    void aValuePublishedAfterDeliveryIsDeliveredToo() {
        relay.accept(1);
        tasks.poll().run();
        relay.accept(2);
        assertThat(tasks).hasSize(1);
        tasks.poll().run();
        assertThat(delivered).containsExactly(1, 2);
    }

    @Test
    void aValuePublishedDuringADeliveryWaitsForItToEndSoDeliveriesNeverOverlap() {
        List<Runnable> started = new ArrayList<>();
        LatestValueRelay<Integer>[] self = new LatestValueRelay[1];
        self[0] = new LatestValueRelay<>(tasks::add, v -> {
            delivered.add(v);
            if (v == 1) {
                // Published from another thread while the consumer still runs: not delivered alongside.
                self[0].accept(2);
                self[0].accept(3);
                started.add(() -> { });
                assertThat(tasks).isEmpty();
            }
        });
        self[0].accept(1);
        tasks.poll().run();

        assertThat(started).hasSize(1);
        assertThat(tasks).hasSize(1);
        tasks.poll().run();
        assertThat(delivered).containsExactly(1, 3);
        assertThat(tasks).isEmpty();
    }

    @Test
    void aFailingDeliveryDoesNotStopTheNextOne() {
        LatestValueRelay<Integer> failing = new LatestValueRelay<>(tasks::add, v -> {
            if (v == 1) {
                throw new IllegalStateException("boom");
            }
            delivered.add(v);
        });
        failing.accept(1);
        tasks.poll().run();
        failing.accept(2);
        tasks.poll().run();

        assertThat(delivered).containsExactly(2);
    }

    @Test
    void aReplacedValueAndOneAClosedExecutorRefusesAreHandedBack() {
        List<Integer> discarded = new ArrayList<>();
        LatestValueRelay<Integer> keeping = new LatestValueRelay<>(tasks::add, delivered::add, discarded::add);
        keeping.accept(1);
        keeping.accept(2);
        tasks.poll().run();
        assertThat(delivered).containsExactly(2);
        assertThat(discarded).containsExactly(1);

        LatestValueRelay<Integer> closed = new LatestValueRelay<>(task -> {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }, delivered::add, discarded::add);
        closed.accept(3);
        assertThat(discarded).containsExactly(1, 3);
        assertThat(delivered).containsExactly(2);
    }
}
