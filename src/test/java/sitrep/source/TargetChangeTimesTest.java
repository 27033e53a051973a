package sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceSnapshot;
import sitrep.source.drill.Drill;

/** The true change instants, asked of the built-in drill's simulated Prometheus (a pure function of time). */
class TargetChangeTimesTest {

    static final String DB = "blackbox-tcp/db.internal:5432";
    static final Instant DB_FAILED = Instant.parse("2023-06-10T22:01:00Z"); // 14:01:00 PST
    static final Instant AT_1500 = Instant.parse("2023-06-10T23:00:00Z");

    /** The built-in drill with its clock standing at {@code at}. */
    static Drill drillAt(Instant at) {
        Drill drill = Drill.builtIn(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        drill.clock().seek(at);
        return drill;
    }

    /** Counts the queries, to show that a remembered instant is not asked again. */
    static final class Counting implements MetricSource {
        final MetricSource inner;
        final List<Duration> steps = new ArrayList<>();

        Counting(MetricSource inner) {
            this.inner = inner;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public Range range(String expression, Instant start, Instant end, Duration step) throws SourceError {
            steps.add(step);
            return inner.range(expression, start, end, step);
        }
    }

    @Test
    void aStateThatBeganLongBeforeIsDatedToTheSecondItBegan() {
        TargetChangeTimes times = new TargetChangeTimes(drillAt(AT_1500).metrics());
        TargetChangeTimes.Change since = times.since(DB, HealthLevel.MAJOR_OUTAGE, AT_1500);
        assertThat(since.at()).isEqualTo(DB_FAILED);
        assertThat(since.atLeast()).isFalse();
    }

    @Test
    void askedAgainLaterTheSameInstantComesFromMemory() {
        Counting source = new Counting(drillAt(AT_1500).metrics());
        TargetChangeTimes times = new TargetChangeTimes(source);
        times.since(DB, HealthLevel.MAJOR_OUTAGE, AT_1500.minusSeconds(600));
        int asked = source.steps.size();
        assertThat(times.since(DB, HealthLevel.MAJOR_OUTAGE, AT_1500).at()).isEqualTo(DB_FAILED);
        assertThat(source.steps).hasSize(asked);
    }

    @Test
    void aChangeBetweenTwoCoarseSamplesIsFoundToTheSecond() {
        TargetChangeTimes times = new TargetChangeTimes(drillAt(AT_1500).metrics());
        Instant at = times.changeAt(DB, HealthLevel.MAJOR_OUTAGE, DB_FAILED.minusSeconds(27),
                DB_FAILED.plusSeconds(14));
        assertThat(at).isEqualTo(DB_FAILED);
        // Another step brackets the change differently: the remembered instant is the same.
        assertThat(times.changeAt(DB, HealthLevel.MAJOR_OUTAGE, DB_FAILED.minusSeconds(3), DB_FAILED.plusSeconds(40)))
                .isEqualTo(DB_FAILED);
    }

    @Test
    void polledPrometheusComponentsCarryTheTrueSinceAndKeepItBetweenPolls() {
        TargetChangeTimes times = new TargetChangeTimes(drillAt(AT_1500).metrics());
        SourceSnapshot first = times.withSince(snapshot(AT_1500));
        SourceSnapshot second = times.withSince(snapshot(AT_1500.plusSeconds(5)));
        for (SourceSnapshot s : List.of(first, second)) {
            ComponentStatus db = s.components().get(0);
            assertThat(db.since()).isEqualTo(DB_FAILED);
        }
    }

    @Test
    void aComponentThatHeldItsLevelAsFarBackAsTheLookbackSaysSoInsteadOfDatingItThere() {
        // The API's first instance is up through the whole drill: at 15:00 it was already up six hours before.
        TargetChangeTimes times = new TargetChangeTimes(drillAt(AT_1500).metrics());
        String api = "api/api-1:8080";
        SourceSnapshot polled = times.withSince(new SourceSnapshot("drill:prometheus", sitrep.domain.SourceKind.PROMETHEUS,
                AT_1500, Duration.ZERO, "drill", HealthLevel.OPERATIONAL, List.of(new ComponentStatus(api, "api",
                HealthLevel.OPERATIONAL, null, "")), List.of(), List.of(), List.of(), List.of()));
        ComponentStatus up = polled.components().get(0);
        assertThat(up.sinceAtLeast()).isTrue();
        assertThat(up.since()).isBeforeOrEqualTo(AT_1500.minus(TargetChangeTimes.LOOKBACK).plusSeconds(60));
        // The database's outage began within the lookback: dated, not "or more".
        assertThat(times.withSince(snapshot(AT_1500)).components().get(0).sinceAtLeast()).isFalse();
    }

    private static SourceSnapshot snapshot(Instant at) {
        return new SourceSnapshot("drill:prometheus", sitrep.domain.SourceKind.PROMETHEUS, at, Duration.ZERO, "drill",
                HealthLevel.MAJOR_OUTAGE, List.of(new ComponentStatus(DB, "blackbox-tcp", HealthLevel.MAJOR_OUTAGE,
                        null, "probe failed")), List.of(), List.of(), List.of(), List.of());
    }
}
