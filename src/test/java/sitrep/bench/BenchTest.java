package sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTest {

    @Test
    void pairsRunInterleavedWithTheOrderAlternatingAfterASharedWarmUp() throws Exception {
        List<String> order = new ArrayList<>();
        Bench.compare(new Bench.Pairing(2, 4, Bench.Clock.WALL, false), () -> order.add("A"), () -> order.add("B"));

        assertThat(String.join("", order)).isEqualTo("ABAB" + "ABBAABBA");
    }

    @Test
    void theRatioIsTheMedianOfPerPairRatios() throws Exception {
        Bench.Comparison c = Bench.compare(new Bench.Pairing(1, 5, Bench.Clock.WALL, false),
                () -> Thread.sleep(40), () -> Thread.sleep(20));

        assertThat(c.medianA()).isGreaterThanOrEqualTo(40);
        assertThat(c.medianB()).isGreaterThanOrEqualTo(20);
        // Sleeping overshoots on a loaded machine, by a few milliseconds on both sides.
        assertThat(c.ratio()).isBetween(1.3, 2.2);
        assertThat(c.ratioQ1()).isLessThanOrEqualTo(c.ratio());
        assertThat(c.ratioQ3()).isGreaterThanOrEqualTo(c.ratio());
    }

    @Test
    void threadCpuTimeLeavesOutTimeSpentWaiting() throws Exception {
        Bench.Comparison c = Bench.compare(new Bench.Pairing(0, 3, Bench.Clock.THREAD_CPU, true),
                () -> Thread.sleep(30), () -> Thread.sleep(30));

        assertThat(c.medianA()).isLessThan(15);
    }
}
