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
}
