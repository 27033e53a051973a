package sitrep.incident.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;
import sitrep.domain.IncidentZone;
import sitrep.domain.MetricSeries;
import sitrep.domain.TimelineEntry;
import sitrep.source.MetricSource;
import sitrep.source.SourceError;

class PrometheusWindowChartsTest {

    private static final Instant START = Instant.parse("2023-06-10T22:00:00Z");
    private static final ChartWindow WINDOW = new ChartWindow(START, START.plus(Duration.ofHours(3)),
            IncidentZone.parse("PST"), List.of(new TimelineEntry("a", START.plusSeconds(600), EntryKind.DETECTION,
                    "ana", "alert", START, Map.of(), false)));

    /** probe_success has data, up matches nothing, probe_duration_seconds fails. */
    private static final MetricSource SOURCE = new MetricSource() {
        @Override
        public String name() {
            return "http://prom.test";
        }

        @Override
        public Range range(String expression, Instant start, Instant end, Duration step) throws SourceError {
            assertThat(start).isEqualTo(WINDOW.from());
            assertThat(end).isEqualTo(WINDOW.to());
            return switch (expression) {
                case "probe_success" -> new Range(List.of(new MetricSeries(Map.of("instance", "api"),
                        new long[] {start.toEpochMilli(), end.toEpochMilli()}, new double[] {1, 0})), List.of());
                case "up" -> new Range(List.of(), List.of());
                default -> throw new SourceError(name(), SourceError.Kind.values()[0], "connection refused");
            };
        }
    };

    @Test
    void chartsOnlyWhatReturnedDataAndWarnsAboutFailures() {
        WindowChartSource.Charts charts = new PrometheusWindowCharts(SOURCE, PrometheusWindowCharts.DEFAULT_QUERIES)
                .chartsFor(WINDOW);
        assertThat(charts.charts()).hasSize(1);
        assertThat(charts.charts().get(0).title()).isEqualTo("probe_success, 13:30-17:30 (PST)");
        byte[] png = charts.charts().get(0).png();
        assertThat(Arrays.copyOf(png, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(charts.warnings()).singleElement().asString()
                .startsWith("no chart of probe_duration_seconds:");
        assertThat(charts.noChartsReason()).isEmpty();
    }

    @Test
    void withoutAnyDataItSaysSo() {
        WindowChartSource.Charts charts = new PrometheusWindowCharts(SOURCE,
                List.of(new PrometheusWindowCharts.Query("up", "up", null))).chartsFor(WINDOW);
        assertThat(charts.charts()).isEmpty();
        assertThat(charts.noChartsReason()).isEqualTo("http://prom.test returned no data over the incident window"
                + " for up");
    }
}
