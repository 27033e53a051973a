package sitrep.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.source.polling.SourceUpdate;
import sitrep.ui.dashboard.ConnectivityRow;

class ConnectivityHistoryTest {

    private static final String PAGE = "https://status.example.com/api/v2/summary.json";
    private static final Instant T0 = Instant.parse("2026-11-25T14:00:00Z");

    private static MetricSeries polls(double... ups) {
        long[] t = new long[ups.length];
        for (int i = 0; i < ups.length; i++) {
            t[i] = T0.plusSeconds(5L * i).toEpochMilli();
        }
        return new MetricSeries(Map.of("source", PAGE), t, ups);
    }

    private static SourceUpdate page(Instant at, HealthLevel api, MetricSeries reach) {
        SourceSnapshot s = new SourceSnapshot(PAGE, SourceKind.STATUSPAGE, at, Duration.ofMillis(40), null, api,
                List.of(new ComponentStatus("API", "", api, null, "")), List.of(), List.of(), List.of(), List.of());
        return new SourceUpdate(PAGE, SourceHealth.ok(at), s, reach, reach);
    }

    @Test
    void statusComponentsBecomeBandsThatChangeWhenTheirLevelDoes() {
        ConnectivityHistory h = new ConnectivityHistory();
        h.record(page(T0, HealthLevel.OPERATIONAL, polls(1)));
        h.record(page(T0.plusSeconds(5), HealthLevel.OPERATIONAL, polls(1, 1)));
        h.record(page(T0.plusSeconds(10), HealthLevel.MAJOR_OUTAGE, polls(1, 1, 1)));

        ConnectivityRow api = h.rows().get(0);
        assertThat(api.name()).isEqualTo("API (statuspage)");
        assertThat(api.segments()).extracting(ConnectivityRow.Segment::level)
                .containsExactly(HealthLevel.OPERATIONAL, HealthLevel.MAJOR_OUTAGE);
        assertThat(api.segments().get(1).from()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void theConsolesOwnReachOfEachSourceIsARowToo() {
        ConnectivityHistory h = new ConnectivityHistory();
        h.record(new SourceUpdate(PAGE, SourceHealth.failing(T0.plusSeconds(10), PAGE + ": connection refused"),
                null, polls(1, 1, 0, 0), polls(0.04, 0.05, 3, 3)));

        assertThat(h.rows()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("console → " + PAGE);
            assertThat(r.current()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
            assertThat(r.segments().get(1).from()).isEqualTo(T0.plusSeconds(10));
        });
    }
}
