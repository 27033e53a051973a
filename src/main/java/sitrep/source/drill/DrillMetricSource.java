package sitrep.source.drill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import sitrep.source.MetricSource;
import sitrep.source.SourceError;

/**
 * Range queries answered from the scenario. Like a real server it knows nothing of the future: the end of
 * a range is clamped to the drill clock's now, so a chart fills in as the drill plays.
 */
public final class DrillMetricSource implements MetricSource {

    private final ScenarioPlayer player;
    private final Clock clock;
    private final String name;

    public DrillMetricSource(ScenarioPlayer player, Clock clock, String name) {
        this.player = player;
        this.clock = clock;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Range range(String expression, Instant start, Instant end, Duration step) throws SourceError {
        Instant now = clock.instant();
        Instant until = end.isAfter(now) ? now : end;
        try {
            var series = player.range(expression, start, until, step);
            List<String> notes = series.isEmpty()
                    ? List.of("drill: no scenario series answers \"" + expression + "\"") : List.of();
            return new Range(series, notes);
        } catch (IllegalArgumentException e) {
            throw new SourceError(name, SourceError.Kind.API_ERROR, e.getMessage(), "bad_data", e);
        }
    }
}
