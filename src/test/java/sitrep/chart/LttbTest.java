package sitrep.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LttbTest {

    private static long[] times(int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_000_000L + i * 1000L;
        }
        return t;
    }

    @Test
    void shortSeriesComeBackUnchanged() {
        long[] t = times(5);
        double[] v = {1, 2, 3, 4, 5};

        Lttb.Points p = Lttb.decimate(t, v, 5, 10);

        assertThat(p.times()).containsExactly(t);
        assertThat(p.values()).containsExactly(v);
    }

    @Test
    void longSeriesShrinkToTheThresholdKeepingEndsAndPeaks() {
        int n = 28_800;
        long[] t = times(n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.sin(i / 500.0);
        }
        v[12_345] = 50;
        v[20_000] = -40;

        Lttb.Points p = Lttb.decimate(t, v, n, 1000);

        assertThat(p.size()).isEqualTo(1000);
        assertThat(p.times()[0]).isEqualTo(t[0]);
        assertThat(p.times()[p.size() - 1]).isEqualTo(t[n - 1]);
        assertThat(p.values()).contains(50.0, -40.0);
        for (int i = 1; i < p.size(); i++) {
            assertThat(p.times()[i]).isGreaterThan(p.times()[i - 1]);
        }
    }

    @Test
    void gapsStayGapsAndAreNotBridged() {
        int n = 10_000;
        long[] t = times(n);
        double[] v = new double[n];
        Arrays.fill(v, 1.0);
        for (int i = 4_000; i < 6_000; i++) {
            v[i] = Double.NaN;
        }

        Lttb.Points p = Lttb.decimate(t, v, n, 500);

        long nanCount = Arrays.stream(p.values()).filter(Double::isNaN).count();
        assertThat(nanCount).isEqualTo(1);
        int gap = 0;
        while (!Double.isNaN(p.values()[gap])) {
            gap++;
        }
        assertThat(p.times()[gap - 1]).isEqualTo(t[3_999]);
        assertThat(p.times()[gap]).isEqualTo(t[4_000]);
        assertThat(p.times()[gap + 1]).isEqualTo(t[6_000]);
        assertThat(p.size()).isLessThanOrEqualTo(500 + 3);
    }

    @Test
    void manyShortRunsBetweenGapsStayWithinTheArrayBound() {
        int n = 9_000;
        long[] t = times(n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i % 3 == 2 ? Double.NaN : i;
        }

        Lttb.Points p = Lttb.decimate(t, v, n, 100);

        assertThat(p.size()).isGreaterThan(100);
        for (int i = 1; i < p.size(); i++) {
            assertThat(Double.isNaN(p.values()[i]) && Double.isNaN(p.values()[i - 1])).isFalse();
        }
    }

    @Test
    void allNanIsEmpty() {
        double[] v = new double[100];
        Arrays.fill(v, Double.NaN);

        assertThat(Lttb.decimate(times(100), v, 100, 10).size()).isZero();
    }

    @Test
    void thresholdBelowThreeIsRefused() {
        assertThatThrownBy(() -> Lttb.decimate(times(10), new double[10], 10, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
