package sitrep.source.drill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.SourceUrl;
import sitrep.source.MetricSource;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;

/**
 * A drill ready to play: its clock, the status sources to hand to the pollers, the metric source for the
 * charts and the injects. Built from a scenario ({@link #of}) or, by {@code RecordingPlayer}, from the
 * evidence of an earlier incident.
 *
 * <pre>{@code
 * Drill drill = Drill.builtIn(Clock.systemUTC());
 * SourcePolling polling = new SourcePolling(HttpClients.withDefaults(), drill.clock());
 * drill.statusSources().forEach(s -> polling.poll(s, drill.pollConfig(), relay));
 * chartsFrom(drill.metrics());
 * }</pre>
 *
 * @param end the end of the scenario or recording; the clock runs on past it with the last state
 */
public record Drill(String title, IncidentZone zone, Instant start, Instant end, DrillClock clock,
                    List<StatusSource> statusSources, MetricSource metrics, InjectFeed injects) {

    /** The {@code version} of every drill snapshot, so a drill is never mistaken for a real source. */
    public static final String VERSION = "drill";
    /** How often to poll drill sources, in real time: at 52x a second is under a minute of scenario time. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    public Drill {
        Objects.requireNonNull(title);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(clock);
        statusSources = List.copyOf(statusSources);
        Objects.requireNonNull(metrics);
        Objects.requireNonNull(injects);
    }

    /** The built-in reference outage, at its default speed, starting now. */
    public static Drill builtIn(Clock base) {
        return of(Scenario.builtIn(), base);
    }

    /** A scenario's drill at its default speed, starting at its start. */
    public static Drill of(Scenario scenario, Clock base) {
        DrillClock clock = new DrillClock(base, scenario.start(), scenario.speed());
        ScenarioPlayer player = new ScenarioPlayer(scenario);
        List<StatusSource> sources = new ArrayList<>();
        if (scenario.prometheus() != null) {
            sources.add(new DrillPrometheusSource(player, scenario.prometheus(), clock, List.of()));
        }
        if (scenario.alertmanager() != null) {
            sources.add(new DrillAlertmanagerSource(player, scenario.alertmanager(), clock));
        }
        scenario.statusPages().forEach(p -> sources.add(new DrillStatusPageSource(player, p, clock)));
        String metricsName = scenario.prometheus() != null ? scenario.prometheus().name() : "drill";
        return new Drill(scenario.title(), scenario.zone(), scenario.start(), scenario.end(), clock, sources,
                new DrillMetricSource(player, clock, metricsName), new InjectFeed(scenario.injects(), clock));
    }

    /**
     * A config for {@code SourcePolling.poll(source, config, sink)}: only its interval matters for a drill
     * source, the URL is a placeholder that resolves nowhere.
     */
    public SourceConfig pollConfig() {
        return SourceConfig.of(SourceUrl.parse("http://drill.invalid/")).withInterval(POLL_INTERVAL);
    }

    /** A new incident for this drill, flagged {@code drill = true}, starting at the drill's start. */
    public Incident incident() {
        return new Incident("Drill: " + title, zone, start, null, "", Map.of(), true);
    }

    static SourceError refused(String source) {
        return new SourceError(source, SourceError.Kind.CONNECTION_REFUSED, "connection refused (drill)");
    }
}
