package sitrep.incident.postmortem.export;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import sitrep.domain.MetricSeries;
import sitrep.domain.TimeFormats;
import sitrep.domain.TimelineEntry;
import sitrep.incident.postmortem.IncidentPostmortem;
import sitrep.postmortem.ChartImage;
import sitrep.source.MetricSource;
import sitrep.source.SourceError;
import sitrep.source.prometheus.RangeStep;
import sitrep.chart.ChartRasterizer;
import sitrep.chart.ChartSpec;
import sitrep.chart.ChartTheme;
import sitrep.chart.Lttb;
import sitrep.chart.SeriesDataset;
import sitrep.chart.TimelineMarker;

/**
 * Charts of the incident window from range queries: one chart per expression that returns data, drawn
 * in the light theme (exports are printed and read on white), the incident window shaded and the
 * timeline entries marked. An expression that matches nothing is skipped; one that fails is a warning.
 */
final class PrometheusWindowCharts implements WindowChartSource {

    /** A query and how to draw it. */
    record Query(String expression, String unit, ChartSpec.YAxisMode axis) {
    }

    /** Blackbox and scrape health: present on almost every Prometheus, and telling during an outage. */
    static final List<Query> DEFAULT_QUERIES = List.of(
            new Query("probe_success", "success", ChartSpec.YAxisMode.RATIO),
            new Query("up", "up", ChartSpec.YAxisMode.RATIO),
            new Query("probe_duration_seconds", "s", ChartSpec.YAxisMode.FROM_ZERO));

    static final int WIDTH = 900;
    static final int HEIGHT = 320;
    private static final DateTimeFormatter HOUR_MINUTE = TimeFormats.CLOCK_MINUTES;

    private final MetricSource source;
    private final List<Query> queries;
    private final ChartRasterizer rasterizer = new ChartRasterizer();

    PrometheusWindowCharts(MetricSource source, List<Query> queries) {
        this.source = source;
        this.queries = List.copyOf(queries);
    }

    @Override
    public Charts chartsFor(ChartWindow window) {
        List<ChartImage> charts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int failed = 0;
        Duration step = RangeStep.choose(window.from(), window.to(), Duration.ofSeconds(15));
        for (Query q : queries) {
            MetricSource.Range range;
            try {
                range = source.range(q.expression(), window.from(), window.to(), step);
            } catch (SourceError e) {
                warnings.add("no chart of " + q.expression() + ": " + e.reason());
                failed++;
                continue;
            }
            range.warnings().forEach(w -> warnings.add(source.name() + " on " + q.expression() + ": " + w));
            List<MetricSeries> nonEmpty = range.series().stream().filter(s -> s.size() > 0).toList();
            if (!nonEmpty.isEmpty()) {
                // +Inf (histogram_quantile past the last bucket) and NaN cannot be plotted: they become gaps,
                // and the caption and a warning say how many, so a gap is never mistaken for missing data.
                FiniteSeries finite = FiniteSeries.of(nonEmpty);
                String title = title(q, window) + finite.caption();
                finite.warning().ifPresent(w -> warnings.add(q.expression() + ": " + w));
                charts.add(new ChartImage(title, rasterizer.png(spec(q, finite.series(), window), ChartTheme.LIGHT, WIDTH,
                        HEIGHT)));
            }
        }
        String expressions = queries.stream().map(Query::expression).collect(Collectors.joining(", "));
        String reason = failed == queries.size()
                ? "the queries to " + source.name() + " failed (" + expressions + ")"
                : source.name() + " returned no data over the incident window for " + expressions;
        return new Charts(charts, warnings, charts.isEmpty() ? reason : "");
    }

    /** "probe_success, 13:30-18:00 (PST)": what and when, as the golden export's caption reads. */
    private static String title(Query q, ChartWindow w) {
        return q.expression() + ", " + HOUR_MINUTE.format(w.from().atZone(w.zone().zoneId())) + "-"
                + HOUR_MINUTE.format(w.to().atZone(w.zone().zoneId())) + " (" + w.zone().label() + ")";
    }

    private static ChartSpec spec(Query q, List<MetricSeries> series, ChartWindow w) {
        List<SeriesDataset.Series> drawn = new ArrayList<>(series.size());
        for (MetricSeries s : series) {
            // About two points per pixel: LTTB keeps the peaks that matter in an outage.
            Lttb.Points points = Lttb.decimate(s.epochMillis(), s.values(), s.size(), 2 * WIDTH);
            drawn.add(new SeriesDataset.Series(legend(s), points));
        }
        List<TimelineMarker> markers = new ArrayList<>();
        for (TimelineEntry e : w.entries()) {
            boolean untimed = e.evidence().containsKey(IncidentPostmortem.UNTIMED_LABEL);
            if (!untimed && !e.eventTime().isBefore(w.from()) && !e.eventTime().isAfter(w.to())) {
                markers.add(new TimelineMarker(e.eventTime(), e.kind().wireName(), e.kind().wireName()));
            }
        }
        return new ChartSpec(q.expression(), q.unit(), q.axis(), drawn, List.of(), markers,
                w.from().toEpochMilli(), w.to().toEpochMilli(), w.start().toEpochMilli(), w.end().toEpochMilli(),
                "", w.zone().zoneId());
    }

    /** The labels that tell series apart (instance, job ...), without the metric name every series shares. */
    private static String legend(MetricSeries s) {
        Map<String, String> labels = new TreeMap<>(s.labels());
        labels.remove("__name__");
        if (labels.isEmpty()) {
            return s.name().isEmpty() ? "value" : s.name();
        }
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
