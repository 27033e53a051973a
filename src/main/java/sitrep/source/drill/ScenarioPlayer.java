package sitrep.source.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sitrep.source.SeriesSelector;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.StatusIncident;
import sitrep.source.drill.Scenario.ComponentSpec;
import sitrep.source.drill.Scenario.IncidentSpec;
import sitrep.source.drill.Scenario.LevelChange;
import sitrep.source.drill.Scenario.ScenarioAlert;
import sitrep.source.drill.Scenario.StatusPageSpec;
import sitrep.source.drill.Scenario.UpdateSpec;

/**
 * Evaluates a scenario at any scenario instant: series values, alerts, status page components and
 * incidents. Stateless (every answer is a function of the instant), so one player serves every source and
 * thread, and seeking needs no replay.
 */
public final class ScenarioPlayer {

    /** A day at one-second steps: the bound keeps a mistaken step from allocating gigabytes. */
    public static final int MAX_POINTS = 86_401;

    private final Scenario scenario;
    private final Map<String, List<SimulatedSeries>> byExpr = new LinkedHashMap<>();

    public ScenarioPlayer(Scenario scenario) {
        this.scenario = scenario;
        for (SimulatedSeries s : scenario.series()) {
            for (String e : s.exprs()) {
                byExpr.computeIfAbsent(SeriesSelector.normalize(e), k -> new ArrayList<>()).add(s);
            }
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The series an expression means: those naming it exactly, else those a plain selector picks. */
    public List<SimulatedSeries> matching(String expr) {
        List<SimulatedSeries> exact = byExpr.get(SeriesSelector.normalize(expr));
        if (exact != null) {
            return exact;
        }
        Optional<Map<String, String>> selector = SeriesSelector.plainSelector(expr);
        if (selector.isEmpty()) {
            return List.of();
        }
        return scenario.series().stream().filter(s -> SeriesSelector.matches(selector.get(), s.labels())).toList();
    }

    /** Each matching series' value at {@code at}, as one-point series. */
    public List<MetricSeries> instant(String expr, Instant at) {
        long t = at.toEpochMilli();
        return matching(expr).stream().map(s -> MetricSeries.single(s.labels(), t, s.valueAt(t))).toList();
    }

    /** Each matching series at start, start + step, ... up to end inclusive. */
    public List<MetricSeries> range(String expr, Instant start, Instant end, Duration step) {
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
        if (end.isBefore(start)) {
            return matching(expr).stream().map(s -> new MetricSeries(s.labels(), new long[0], new double[0])).toList();
        }
        long stepMs = Math.max(1, step.toMillis());
        long from = start.toEpochMilli();
        long count = (end.toEpochMilli() - from) / stepMs + 1;
        if (count > MAX_POINTS) {
            throw new IllegalArgumentException("a range of " + count + " points per series is more than "
                    + MAX_POINTS + "; use a larger step");
        }
        long[] times = new long[(int) count];
        for (int k = 0; k < times.length; k++) {
            times[k] = from + k * stepMs;
        }
        List<MetricSeries> out = new ArrayList<>();
        for (SimulatedSeries s : matching(expr)) {
            out.add(new MetricSeries(s.labels(), times.clone(), s.valuesAt(times)));
        }
        return out;
    }

    /**
     * The alerts at {@code at} as Prometheus lists them (pending, then firing) or, for {@code alertmanagerView},
     * as Alertmanager does (only firing ones, as active).
     */
    public List<Alert> alertsAt(Instant at, boolean alertmanagerView) {
        List<Alert> out = new ArrayList<>();
        for (ScenarioAlert a : scenario.alerts()) {
            if (at.isBefore(a.pending()) || (a.resolved() != null && !at.isBefore(a.resolved()))) {
                continue;
            }
            boolean firing = !at.isBefore(a.firing());
            if (alertmanagerView && !firing) {
                continue;
            }
            AlertState state = alertmanagerView ? AlertState.ACTIVE : firing ? AlertState.FIRING : AlertState.PENDING;
            Map<String, String> labels = new LinkedHashMap<>(a.labels());
            labels.put("alertname", a.name());
            if (!a.severity().isEmpty()) {
                labels.put("severity", a.severity());
            }
            // Prometheus' activeAt is when the rule first matched; Alertmanager's startsAt is when it fired.
            Instant startsAt = alertmanagerView ? a.firing() : a.pending();
            out.add(new Alert(a.name(), a.severity(), a.summary(), state, startsAt, null, List.of(), List.of(), labels));
        }
        return out;
    }

    public List<ComponentStatus> componentsAt(StatusPageSpec page, Instant at) {
        List<ComponentStatus> out = new ArrayList<>();
        for (ComponentSpec c : page.components()) {
            LevelChange change = c.changeAt(at);
            Instant since = change.at().isAfter(at) ? null : change.at();
            out.add(new ComponentStatus(c.name(), c.group(), change.level(), since, null));
        }
        return out;
    }

    /** The page's open incidents: posted by {@code at} and not yet resolved, updates newest first. */
    public List<StatusIncident> incidentsAt(StatusPageSpec page, Instant at) {
        List<StatusIncident> out = new ArrayList<>();
        for (IncidentSpec i : page.incidents()) {
            List<StatusIncident.Update> posted = new ArrayList<>();
            for (UpdateSpec u : i.updates()) {
                if (!u.at().isAfter(at)) {
                    posted.add(0, new StatusIncident.Update(u.status(), u.body(), u.at()));
                }
            }
            if (posted.isEmpty() || posted.get(0).status().equals("resolved")) {
                continue;
            }
            out.add(new StatusIncident(i.name(), posted.get(0).status(), i.impact(), false,
                    posted.get(posted.size() - 1).at(), posted));
        }
        return out;
    }

    static HealthLevel worst(List<ComponentStatus> components, List<Alert> alerts) {
        List<HealthLevel> levels = new ArrayList<>();
        components.forEach(c -> levels.add(c.level()));
        alerts.forEach(a -> levels.add(a.impliedLevel()));
        return HealthLevel.worstOf(levels);
    }
}
