package sitrep.ui.dashboard;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import sitrep.chart.ChartSpec;
import sitrep.chart.Lttb;
import sitrep.chart.SeriesDataset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.TimeFormats;
import sitrep.source.MetricSource;
import sitrep.source.SourceError;
import sitrep.source.TargetChangeTimes;

/**
 * One dashboard refresh, run off the FX thread: query every panel, decimate, and build the chart specs
 * and connectivity rows. Remembers each expression's last good answer so a failing source greys the last
 * data instead of blanking it. Confined to one thread at a time (the refresher's).
 */
public final class DashboardFetch {

    private static final DateTimeFormatter HMS = TimeFormats.CLOCK;

    private final MetricSource source;
    private final Clock clock;
    private final Map<String, Answer> lastGood = new HashMap<>();

    private record Answer(List<MetricSeries> series, List<String> warnings, Instant at) {
    }

    /** An expression's outcome in this refresh: data (maybe old), and why it is old if it is. */
    private record Outcome(Answer answer, String error, String staleNote) {
    }

    private final BiConsumer<String, List<MetricSeries>> answers;
    private final TargetChangeTimes changeTimes;

    public DashboardFetch(MetricSource source, Clock clock) {
        this(source, clock, (expression, series) -> { });
    }

    /** @param answers sees every good answer, e.g. to keep it as the incident's evidence */
    public DashboardFetch(MetricSource source, Clock clock, BiConsumer<String, List<MetricSeries>> answers) {
        this(source, clock, answers, null);
    }

    /**
     * @param changeTimes where bands take their true change times (shared with the status tiles); null draws
     *                    the changes at the query's step
     */
    public DashboardFetch(MetricSource source, Clock clock, BiConsumer<String, List<MetricSeries>> answers,
                          TargetChangeTimes changeTimes) {
        this.source = source;
        this.clock = clock;
        this.answers = answers;
        this.changeTimes = changeTimes;
    }

    public MetricSource source() {
        return source;
    }

    /** The query step: about two points per pixel, never finer than a second. */
    static Duration stepFor(TimeWindow.Range range, int plotWidth) {
        long ms = range.length().toMillis() / (2L * plotWidth);
        return Duration.ofMillis(Math.max(1000, ms));
    }

    public DashboardFrame run(FetchRequest request) {
        Instant now = clock.instant();
        TimeWindow.Range range = request.range();
        Duration step = stepFor(range, request.plotWidth());
        List<DashboardFrame.PanelResult> results = new ArrayList<>();
        for (PanelDefinition panel : request.panels()) {
            results.add(panel(panel, request, step, now));
        }
        List<ConnectivityRow> rows = new ArrayList<>(
                connectivity(DefaultPanels.PROBE_SUCCESS, "probe", range, step, now, request.zone()));
        // A probed target's "up" is the exporter's scrape, not the target: its probe row says more.
        Set<String> probed = new HashSet<>();
        rows.forEach(r -> probed.add(r.name()));
        for (ConnectivityRow r : connectivity(DefaultPanels.UP, "scrape", range, step, now, request.zone())) {
            if (!probed.contains(r.name())) {
                rows.add(r);
            }
        }
        return new DashboardFrame(request.sequence(), now, range, results, rows);
    }

    private DashboardFrame.PanelResult panel(PanelDefinition panel, FetchRequest request, Duration step, Instant now) {
        List<SeriesDataset.Series> drawn = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String stale = "";
        boolean anyData = false;
        int budget = Math.max(3, 2 * request.plotWidth());
        for (int i = 0; i < panel.expressions().size(); i++) {
            Outcome o = fetch(panel.expressions().get(i), request.range(), step, now, request.zone());
            if (!o.error().isEmpty()) {
                errors.add(o.error());
            }
            if (!o.staleNote().isEmpty()) {
                stale = o.staleNote();
            }
            if (o.answer() == null) {
                continue;
            }
            warnings.addAll(o.answer().warnings());
            for (MetricSeries s : o.answer().series()) {
                anyData = true;
                drawn.add(new SeriesDataset.Series(panel.legendFor(i, s.labels()),
                        Lttb.decimate(s.epochMillis(), s.values(), s.size(), budget)));
            }
        }
        boolean failedOutright = !errors.isEmpty() && !anyData;
        boolean hidden = panel.optional() && !anyData && errors.isEmpty();
        ChartSpec spec = failedOutright || hidden ? null : new ChartSpec(panel.title(), panel.unit(), panel.yAxis(),
                drawn, panel.thresholds(), request.markers(), request.range().from().toEpochMilli(),
                request.range().to().toEpochMilli(),
                request.incidentFrom() == null ? Long.MIN_VALUE : request.incidentFrom().toEpochMilli(),
                request.incidentFrom() == null ? 0
                        : (request.incidentTo() == null ? now : request.incidentTo()).toEpochMilli(),
                stale, request.zone(), request.dark());
        return new DashboardFrame.PanelResult(panel, spec, String.join("\n", errors), warnings, hidden);
    }

    private Outcome fetch(String expression, TimeWindow.Range range, Duration step, Instant now, ZoneId zone) {
        try {
            MetricSource.Range r = source.range(expression, range.from(), range.to(), step);
            Answer a = new Answer(r.series(), r.warnings(), now);
            lastGood.put(expression, a);
            answers.accept(expression, r.series());
            return new Outcome(a, "", "");
        } catch (SourceError e) {
            Answer old = lastGood.get(expression);
            // A query the server rejects is the user's to fix and is shown verbatim; a server that does
            // not answer makes the last data stale.
            if (e.kind() == SourceError.Kind.API_ERROR) {
                return new Outcome(null, e.detail(), "");
            }
            String note = old == null ? "" : "stale since " + HMS.format(old.at().atZone(zone))
                    + " (" + e.detail() + ")";
            return new Outcome(old, e.reason(), note);
        }
    }

    private List<ConnectivityRow> connectivity(String expression, String origin, TimeWindow.Range range,
                                               Duration step, Instant now, ZoneId zone) {
        Outcome o = fetch(expression, range, step, now, zone);
        if (o.answer() == null) {
            return List.of();
        }
        List<ConnectivityRow> rows = new ArrayList<>();
        for (MetricSeries s : o.answer().series()) {
            rows.add(new ConnectivityRow(rowName(s), origin, segments(s, range, step, changeTimes)));
        }
        rows.sort(Comparator.comparing(ConnectivityRow::name));
        return rows;
    }

    private static String rowName(MetricSeries s) {
        String job = s.labels().getOrDefault("job", "");
        String instance = s.labels().getOrDefault("instance", "");
        return job.isEmpty() ? instance : job + " " + instance;
    }

    /** 1 is operational, 0 a major outage; no sample for more than two steps is unknown. */
    static List<ConnectivityRow.Segment> segments(MetricSeries s, TimeWindow.Range range, Duration step) {
        return segments(s, range, step, null);
    }

    /**
     * The bands, each change at its true instant when {@code times} knows it: a state already there at the
     * window's first sample began when the target really changed, maybe long before the window.
     */
    static List<ConnectivityRow.Segment> segments(MetricSeries s, TimeWindow.Range range, Duration step,
                                                  TargetChangeTimes times) {
        String key = TargetChangeTimes.key(s.labels());
        List<ConnectivityRow.Segment> out = new ArrayList<>();
        long gap = 2 * step.toMillis() + 500;
        HealthLevel current = null;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < s.size(); i++) {
            long t = s.epochMillis()[i];
            if (previous != Long.MIN_VALUE && t - previous > gap && current != HealthLevel.UNKNOWN) {
                current = HealthLevel.UNKNOWN;
                out.add(new ConnectivityRow.Segment(Instant.ofEpochMilli(previous + step.toMillis()), current));
            }
            double v = s.values()[i];
            HealthLevel level = Double.isNaN(v) ? HealthLevel.UNKNOWN
                    : v >= 1 ? HealthLevel.OPERATIONAL : v <= 0 ? HealthLevel.MAJOR_OUTAGE : HealthLevel.PARTIAL_OUTAGE;
            if (level == HealthLevel.PARTIAL_OUTAGE) {
                times = null; // a fraction is not a probe's 1 or 0: no single change instant to look for
            }
            if (level != current) {
                Instant at = Instant.ofEpochMilli(t);
                boolean before = false;
                if (times != null && level != HealthLevel.UNKNOWN && current == null) {
                    TargetChangeTimes.Change since = times.since(key, level, at);
                    at = since.at();
                    before = since.atLeast();
                } else if (times != null && level != HealthLevel.UNKNOWN && current != HealthLevel.UNKNOWN) {
                    at = times.changeAt(key, level, Instant.ofEpochMilli(previous), at);
                }
                out.add(new ConnectivityRow.Segment(at, level, before));
                current = level;
            }
            previous = t;
        }
        if (previous != Long.MIN_VALUE && range.to().toEpochMilli() - previous > gap
                && current != HealthLevel.UNKNOWN) {
            out.add(new ConnectivityRow.Segment(Instant.ofEpochMilli(previous + step.toMillis()), HealthLevel.UNKNOWN));
        }
        return out;
    }
}
