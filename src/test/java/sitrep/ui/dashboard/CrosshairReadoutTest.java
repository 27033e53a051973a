package sitrep.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sitrep.chart.Lttb;

/** The readout reads a series where it has samples, and "no data" before it begins or after it ends. */
class CrosshairReadoutTest {

    private static final long T0 = 1_781_100_000_000L;

    @Test
    void theNearestSampleIsReadInsideTheSeriesButNotAnHourBeforeItBegan() {
        Lttb.Points p = new Lttb.Points(new long[] {T0, T0 + 15_000, T0 + 30_000}, new double[] {1, 0, 1});

        assertThat(CrosshairReadout.valueNear(p, T0 + 16_000)).isEqualTo(0);
        assertThat(CrosshairReadout.valueNear(p, T0 - 10_000)).isEqualTo(1);
        assertThat(CrosshairReadout.valueNear(p, T0 - 3_600_000)).isNaN();
        assertThat(CrosshairReadout.valueNear(p, T0 + 30_000 + 3_600_000)).isNaN();
    }
}
