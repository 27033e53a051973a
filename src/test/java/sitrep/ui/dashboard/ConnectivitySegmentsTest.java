package sitrep.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;

class ConnectivitySegmentsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T14:00:00Z");

    private static MetricSeries series(long[] seconds, double[] values) {
        long[] t = new long[seconds.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = T0.plusSeconds(seconds[i]).toEpochMilli();
        }
        return new MetricSeries(Map.of("job", "api", "instance", "a:1"), t, values);
    }

    @Test
    void pollsFarApartAreOneBandPerLevelWithoutGaps() {
        MetricSeries polls = series(new long[] {0, 60, 600, 660}, new double[] {1, 1, 0, 1});

        assertThat(ConnectivitySegments.of(polls)).extracting(ConnectivityRow.Segment::level).containsExactly(
                HealthLevel.OPERATIONAL, HealthLevel.MAJOR_OUTAGE, HealthLevel.OPERATIONAL);
    }

    @Test
    void aRangeQueryMarksMissingSamplesUnknownAndFractionsPartial() {
        MetricSeries probes = series(new long[] {0, 1, 2, 10, 11}, new double[] {1, 0.5, 0.5, 0, 0});
        TimeWindow.Range range = new TimeWindow.Range(T0, T0.plusSeconds(20));

        assertThat(ConnectivitySegments.of(probes, range, Duration.ofSeconds(1)))
                .extracting(ConnectivityRow.Segment::level).containsExactly(HealthLevel.OPERATIONAL,
                        HealthLevel.PARTIAL_OUTAGE, HealthLevel.UNKNOWN, HealthLevel.MAJOR_OUTAGE, HealthLevel.UNKNOWN);
    }

    @Test
    void appendKeepsOnlyChanges() {
        List<ConnectivityRow.Segment> segs = new ArrayList<>();
        ConnectivitySegments.append(segs, T0, HealthLevel.OPERATIONAL);
        ConnectivitySegments.append(segs, T0.plusSeconds(5), HealthLevel.OPERATIONAL);
        ConnectivitySegments.append(segs, T0.plusSeconds(9), HealthLevel.DEGRADED);

        assertThat(segs).containsExactly(new ConnectivityRow.Segment(T0, HealthLevel.OPERATIONAL),
                new ConnectivityRow.Segment(T0.plusSeconds(9), HealthLevel.DEGRADED));
    }
}
