package sitrep.ui.dashboard;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import sitrep.panels.PanelDefinition;
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
import sitrep.domain.MetricSeries;
import sitrep.domain.TimeFormats;
import sitrep.source.MetricSource;
import sitrep.source.SharedTargetQueries;
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
    private final SharedTargetQueries shared;
    /**
     * The source's failure to answer (not a query it rejected) earlier in this refresh: the rest of the refresh asks
     * it nothing, so a hung server costs one timeout, not one per query and per band's change time (a stopped
     * Prometheus held the dashboard's next frame, and its word "stale", for over a minute). Touched only by the
     * thread that runs refreshes, as {@link #lastGood}.
     */
    private SourceError unreachable;
    /** Failures of the source, not of one query: the next query would fail the same way, after the same wait. */
    private static final Set<SourceError.Kind> UNREACHABLE = EnumSet.of(SourceError.Kind.CONNECTION_REFUSED,
            SourceError.Kind.UNKNOWN_HOST, SourceError.Kind.CONNECT_TIMEOUT, SourceError.Kind.READ_TIMEOUT,
            SourceError.Kind.STALLED_BODY, SourceError.Kind.DEADLINE, SourceError.Kind.TLS,
            SourceError.Kind.PROXY_ERROR_PAGE, SourceError.Kind.AUTHENTICATION, SourceError.Kind.IO);
    /** A range ending this close to now (plus a step) follows now. */
    private static final Duration FOLLOWING = Duration.ofSeconds(2);

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
        this(source, clock, answers, changeTimes, null);
    }

    /**
     * @param shared where the status poller's {@code up} and {@code probe_success} answers are found while the
     *               dashboard follows now, so they are not asked twice; null asks for them every refresh
     */
    public DashboardFetch(MetricSource source, Clock clock, BiConsumer<String, List<MetricSeries>> answers,
                          TargetChangeTimes changeTimes, SharedTargetQueries shared) {
        this.source = source;
        this.clock = clock;
        this.answers = answers;
        this.changeTimes = changeTimes;
        this.shared = shared;
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
        unreachable = null;
        Instant now = clock.instant();
        TimeWindow.Range range = request.range();
        Duration step = stepFor(range, request.plotWidth());
        if (shared != null) {
            // The poller asks up and probe_success over this window while it follows now (see run's rows).
            boolean followsNow = !range.to().isBefore(now.minus(step).minus(FOLLOWING));
            shared.follow(followsNow ? new SharedTargetQueries.Window(range.length(), step) : null);
        }
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
        return new DashboardFrame(now, range, results, rows);
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
        // An optional panel that never had data stays hidden while the source does not answer: the source's
        // silence is said once, above, not again by every panel that had nothing to show (three hidden panels
        // came back each to print the same timeout).
        boolean hidden = panel.optional() && !anyData && (errors.isEmpty() || unreachable != null);
        ChartSpec spec = failedOutright || hidden ? null : new ChartSpec(panel.title(), panel.unit(), panel.yAxis(),
                drawn, panel.thresholds(), request.markers(), request.range().from().toEpochMilli(),
                request.range().to().toEpochMilli(),
                request.incidentFrom() == null ? Long.MIN_VALUE : request.incidentFrom().toEpochMilli(),
                request.incidentFrom() == null ? 0
                        : (request.incidentTo() == null ? now : request.incidentTo()).toEpochMilli(),
                stale, request.zone());
        // One line per distinct error: a panel of three queries to a silent server said the same thing three times.
        return new DashboardFrame.PanelResult(panel, spec, String.join("\n", errors.stream().distinct().toList()),
                warnings, hidden);
    }

    private Outcome fetch(String expression, TimeWindow.Range range, Duration step, Instant now, ZoneId zone) {
        try {
            if (unreachable != null) {
                throw unreachable;
            }
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
            if (UNREACHABLE.contains(e.kind())) {
                unreachable = e;
            }
            String note = old == null ? "" : "stale since " + HMS.format(old.at().atZone(zone))
                    + " (" + e.detail() + ")";
            return new Outcome(old, e.reason(), note);
        }
    }

    private List<ConnectivityRow> connectivity(String expression, String origin, TimeWindow.Range range,
                                               Duration step, Instant now, ZoneId zone) {
        Optional<SharedTargetQueries.Answer> polled = shared == null ? Optional.empty()
                : shared.answerFor(expression, range.from(), range.to(), step).filter(p -> p.end().isAfter(range.from()));
        Outcome o;
        TimeWindow.Range over = range;
        if (polled.isPresent()) {
            SharedTargetQueries.Answer p = polled.get();
            Answer a = new Answer(p.range().series(), p.range().warnings(), now);
            lastGood.put(expression, a);
            answers.accept(expression, a.series());
            o = new Outcome(a, "", "");
            // The poller's answer ends at its poll: the bands end there and the view carries the last level on.
            over = new TimeWindow.Range(range.from(), p.end());
        } else {
            o = fetch(expression, range, step, now, zone);
        }
        if (o.answer() == null) {
            return List.of();
        }
        List<ConnectivityRow> rows = new ArrayList<>();
        for (MetricSeries s : o.answer().series()) {
            rows.add(new ConnectivityRow(rowName(s), origin, ConnectivitySegments.of(s, over, step,
                    unreachable == null ? changeTimes : null)));
        }
        rows.sort(Comparator.comparing(ConnectivityRow::name));
        return rows;
    }

    private static String rowName(MetricSeries s) {
        String job = s.labels().getOrDefault("job", "");
        String instance = s.labels().getOrDefault("instance", "");
        return job.isEmpty() ? instance : job + " " + instance;
    }
}
