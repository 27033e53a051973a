package sitrep.source.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceSnapshot;
import sitrep.source.HttpClients;
import sitrep.source.StatusSource;
import sitrep.source.polling.SourcePolling;
import sitrep.source.polling.SourceUpdate;

/** The drill sources through the real polling machinery, with a base clock running 2000 times real time. */
class DrillPollingTest {

    /** Real time times {@code factor}: with the drill's own speed the whole outage passes in seconds. */
    private static final class FastClock extends Clock {
        private final Instant start = Instant.parse("2026-01-01T00:00:00Z");
        private final long t0 = System.nanoTime();
        private final long factor;

        FastClock(long factor) {
            this.factor = factor;
        }

        @Override
        public Instant instant() {
            return start.plusNanos((System.nanoTime() - t0) * factor);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void theStatusPageGoesFromOperationalToMajorOutageAndBackThroughThePollers() throws Exception {
        // 60x drill speed on a base clock at 50x: 3.5 h of scenario time in about 4.2 s.
        Drill drill = Drill.builtIn(new FastClock(50));
        drill.clock().setSpeed(60);
        List<SourceUpdate> updates = new CopyOnWriteArrayList<>();
        try (SourcePolling polling = new SourcePolling(HttpClients.withDefaults(), drill.clock())) {
            // At this speed a minute of scenario passes in 20 ms, so a poller that starts late on a loaded machine
            // would first see the outage: hold the clock at the start until every source has answered once.
            drill.clock().seek(drill.start());
            drill.clock().pause();
            for (StatusSource s : drill.statusSources()) {
                polling.poll(s, drill.pollConfig().withInterval(Duration.ofMillis(20)), updates::add);
            }
            long firstAnswers = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (drill.statusSources().stream().anyMatch(s -> changes(updates, s.name()).isEmpty())
                    && System.nanoTime() < firstAnswers) {
                Thread.sleep(10);
            }
            drill.clock().resume();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!drill.clock().instant().isAfter(drill.end()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(100);
        }
        List<HealthLevel> statusPage = changes(updates, "drill:status-page");
        assertThat(statusPage).containsSubsequence(HealthLevel.OPERATIONAL, HealthLevel.DEGRADED,
                HealthLevel.MAJOR_OUTAGE, HealthLevel.OPERATIONAL);
        assertThat(statusPage.get(statusPage.size() - 1)).isEqualTo(HealthLevel.OPERATIONAL);
        List<HealthLevel> prometheus = changes(updates, "drill:prometheus");
        assertThat(prometheus).containsSubsequence(HealthLevel.OPERATIONAL, HealthLevel.MAJOR_OUTAGE,
                HealthLevel.OPERATIONAL);
        SourceUpdate last = updates.get(updates.size() - 1);
        assertThat(last.health().state()).isEqualTo(SourceHealth.State.OK);
        // The pollers stamp health in scenario time, because they were given the drill clock.
        assertThat(last.health().since()).isAfter(drill.end().minusSeconds(600));
        assertThat(last.reachable().values()).contains(1.0);
    }

    @Test
    void anUnreachableWindowFailsThePollsAndTheSourceRecovers() throws Exception {
        String json = ScenarioReaderTest.scenario(ScenarioReaderTest.constantSeries(),
                "\"sources\": {\"alertmanager\": {\"unreachable\": [{\"from\": \"10:10\", \"to\": \"10:20\"}]}}");
        Scenario scenario = ScenarioReader.parse(json, "t.json");
        MutableClock base = new MutableClock(Instant.EPOCH);
        Drill drill = Drill.of(scenario, base);
        StatusSource am = drill.statusSources().get(0);
        assertThat(am.poll().level()).isEqualTo(HealthLevel.OPERATIONAL);
        drill.clock().seek(scenario.start().plusSeconds(900));
        org.assertj.core.api.Assertions.assertThatThrownBy(am::poll)
                .hasMessage("drill:alertmanager: connection refused (drill)");
        drill.clock().seek(scenario.start().plusSeconds(1200));
        assertThat(am.poll().at()).isEqualTo(scenario.start().plusSeconds(1200));
    }

    private static List<HealthLevel> changes(List<SourceUpdate> updates, String source) {
        List<HealthLevel> out = new ArrayList<>();
        for (SourceUpdate u : updates) {
            SourceSnapshot s = u.latest();
            if (u.source().equals(source) && s != null && (out.isEmpty() || out.get(out.size() - 1) != s.level())) {
                out.add(s.level());
            }
        }
        return out;
    }
}
