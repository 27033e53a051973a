package sitrep.incident.postmortem.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.IncidentZone;
import sitrep.domain.MetricSeries;
import sitrep.postmortem.ExportOptions;
import sitrep.postmortem.HtmlRenderer;
import sitrep.postmortem.PostmortemDocument;
import sitrep.source.MetricSource;

/** +Inf from histogram_quantile, -Inf and NaN: gaps, said so, and the HTML export still renders. */
class NonFiniteChartsTest {

    private static final Instant START = Instant.parse("2023-06-10T22:00:00Z");
    private static final ChartWindow WINDOW = new ChartWindow(START, START.plus(Duration.ofHours(1)),
            IncidentZone.parse("UTC"), List.of());

    private static MetricSource serving(double... values) {
        return new MetricSource() {
            @Override
            public String name() {
                return "http://prom.test";
            }

            @Override
            public Range range(String expression, Instant start, Instant end, Duration step) {
                long[] t = new long[values.length];
                for (int i = 0; i < t.length; i++) {
                    t[i] = start.toEpochMilli() + i * 60_000L;
                }
                return new Range(List.of(new MetricSeries(Map.of("le", "+Inf"), t, values.clone())), List.of());
            }
        };
    }

    private static WindowChartSource.Charts charts(double... values) {
        return new PrometheusWindowCharts(serving(values), List.of(new PrometheusWindowCharts.Query(
                "histogram_quantile(0.99, rate(x_bucket[5m]))", "s", null))).chartsFor(WINDOW);
    }

    @Test
    void infiniteAndNaNValuesAreGapsAndTheCaptionSaysHowMany() {
        WindowChartSource.Charts c = charts(0.2, Double.POSITIVE_INFINITY, 0.3, Double.NaN, Double.NEGATIVE_INFINITY,
                0.25);
        assertThat(c.charts()).singleElement().satisfies(chart -> assertThat(chart.title())
                .endsWith("(2 infinite values and 1 NaN value shown as gaps)"));
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("2 infinite values"));
    }

    @Test
    void aSeriesOfOnlyInfinitiesStillExportsAsHtml() {
        for (double[] values : new double[][] {{Double.POSITIVE_INFINITY}, {Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY}, {Double.NaN, Double.NEGATIVE_INFINITY}, {Double.MAX_VALUE, -Double.MAX_VALUE}}) {
            WindowChartSource.Charts c = charts(values);
            PostmortemDocument doc = PostmortemDocument.builder().title("Latency").build();
            String html = new HtmlRenderer().render(doc, ExportOptions.htmlDefaults(c.charts()));
            assertThat(html).contains("</html>");
        }
    }

    @Test
    void finiteDataIsUntouched() {
        WindowChartSource.Charts c = charts(0.1, 0.2);
        assertThat(c.charts()).singleElement().satisfies(chart -> assertThat(chart.title()).doesNotContain("gaps"));
        assertThat(FiniteSeries.of(List.of(new MetricSeries(Map.of(), new long[] {1}, new double[] {3})))
                .warning()).isEmpty();
    }
}
