package sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BenchTest {

    @Test
    void pairsRunInterleavedWithTheOrderAlternatingAfterASharedWarmUp() throws Exception {
        List<String> order = new ArrayList<>();
        Bench.compare(new Bench.Pairing(2, 4, Bench.Clock.WALL, false), () -> order.add("A"), () -> order.add("B"), 0);

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

    @Test
    void aSampleTimesABatchOfCallsAndCountsTheirMean() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        double ms = Bench.medianMillis(new Bench.Sampling(2, 3, 4, Bench.Clock.WALL, false), () -> { }, () -> {
            calls.incrementAndGet();
            Thread.sleep(10);
        }, 0);

        assertThat(calls.get()).isEqualTo(2 * 4 + 3 * 4);
        // Per call, not per batch of four (40 ms); sleeping overshoots on a loaded machine.
        assertThat(ms).isBetween(10.0, 25.0);
    }

    @Test
    void aWarmUpLastsAtLeastTheMinimumWhateverItsCount() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        long t0 = System.nanoTime();
        Bench.medianMillis(new Bench.Sampling(1, 1, 1, Bench.Clock.WALL, false), () -> {
            calls.incrementAndGet();
            Thread.sleep(50);
        });

        assertThat((System.nanoTime() - t0) / 1e6).isGreaterThanOrEqualTo(Bench.MIN_WARMUP_MILLIS);
        // A warm-up of one call of 50 ms would otherwise be 1 call, then 1 sample.
        assertThat(calls.get()).isGreaterThan(1 + (int) (Bench.MIN_WARMUP_MILLIS / 100));

        List<String> order = new ArrayList<>();
        Bench.compare(new Bench.Pairing(1, 1, Bench.Clock.WALL, false), () -> {
            order.add("A");
            Thread.sleep(50);
        }, () -> order.add("B"));
        assertThat(order.size()).as("pairs warmed up for the minimum too").isGreaterThan(2 * (1 + 10));
    }

    @Test
    void aMeasurementWithoutWarmUpTimesTheColdCall() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Bench.medianMillis(0, 1, calls::incrementAndGet);

        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void theSamplesWaitUntilTheJitHasStoppedCompiling() throws Exception {
        // Compilation time as the JIT reports it: still growing after the warm-up, then quiet.
        long[] readings = {100, 140, 180, 195, 195, 195};
        AtomicInteger read = new AtomicInteger();
        List<Long> pauses = new ArrayList<>();

        int n = Bench.settle(() -> readings[Math.min(read.getAndIncrement(), readings.length - 1)], pauses::add);

        assertThat(n).as("pauses until one passed without a compilation").isEqualTo(4);
        assertThat(pauses).containsOnly(Bench.QUIET_MILLIS);
    }

    @Test
    void aJitThatNeverStopsIsWaitedForOnlySoLong() throws Exception {
        AtomicInteger read = new AtomicInteger();

        int n = Bench.settle(() -> read.getAndIncrement(), millis -> { });

        assertThat(n * Bench.QUIET_MILLIS).isEqualTo(Bench.SETTLE_LIMIT_MILLIS);
    }

    @Test
    void pairsOfBatchesAlternateLikeSingleCalls() throws Exception {
        List<String> order = new ArrayList<>();
        Bench.compare(new Bench.Pairing(1, 2, Bench.Clock.WALL, false, 2), () -> order.add("A"), () -> order.add("B"), 0);

        assertThat(String.join("", order)).isEqualTo("AABB" + "AABB" + "BBAA");
    }

    @Test
    void theStepBeforeEachSampleRunsUntimed() throws Exception {
        List<String> order = new ArrayList<>();
        double ms = Bench.medianMillis(new Bench.Sampling(1, 2, 2, Bench.Clock.WALL, false), () -> {
            order.add("s");
            Thread.sleep(50);
        }, () -> order.add("t"), 0);

        assertThat(String.join("", order)).isEqualTo("stt" + "stt" + "stt");
        assertThat(ms).isLessThan(25);
    }

    @Test
    void spreadBlocksAreTheirGapApartAndTheFastestBlocksMedianIsTheFigure() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        long t0 = System.nanoTime();
        // Calls 1-2 warm up; block 1 is calls 3-5, block 2 (slow) 6-8, block 3 9-11.
        SpreadSamples spread = SpreadSamples.take(new Bench.Sampling(2, 3, 1, Bench.Clock.WALL, false), 3,
                java.time.Duration.ofMillis(100), () -> { }, () -> {
                    int call = calls.incrementAndGet();
                    Thread.sleep(call >= 6 && call <= 8 ? 40 : call >= 9 ? 10 : 20);
                }, 0);

        assertThat(calls.get()).isEqualTo(2 + 3 * 3);
        assertThat(spread.blockMedians()).hasSize(3);
        assertThat(spread.blockMedians()[1]).isGreaterThan(spread.blockMedians()[0]);
        // Sleeping overshoots on a loaded machine.
        assertThat(spread.fastest()).isEqualTo(spread.blockMedians()[2]).isBetween(10.0, 19.0);
        assertThat((System.nanoTime() - t0) / 1e6).as("two gaps of 100 ms").isGreaterThanOrEqualTo(200 + 11 * 10);
        assertThat(spread.text()).matches("[\\d.]+ [\\d.]+ [\\d.]+");
        assertThat(new SpreadSamples(new double[] {0.021345, 3.614}).text()).isEqualTo("0.0213 3.61");
    }
}
