package sitrep.source.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DrillClockTest {

    private static final Instant REAL = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant SCENARIO = Instant.parse("2023-06-10T22:00:00Z");

    private final MutableClock base = new MutableClock(REAL);

    @Test
    void runsSpeedTimesFasterThanTheBaseClock() {
        DrillClock clock = new DrillClock(base, SCENARIO, 52.5);
        assertThat(clock.instant()).isEqualTo(SCENARIO);
        base.advance(Duration.ofSeconds(4));
        assertThat(clock.instant()).isEqualTo(SCENARIO.plusSeconds(210));
    }

    @Test
    void changingSpeedKeepsTheTimeReachedSoFar() {
        DrillClock clock = new DrillClock(base, SCENARIO, 10);
        base.advance(Duration.ofSeconds(3));
        clock.setSpeed(60);
        assertThat(clock.instant()).isEqualTo(SCENARIO.plusSeconds(30));
        base.advance(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(SCENARIO.plusSeconds(90));
        assertThat(clock.speed()).isEqualTo(60);
    }

    @Test
    void pauseFreezesAndResumeContinuesFromThere() {
        DrillClock clock = new DrillClock(base, SCENARIO, 2);
        base.advance(Duration.ofSeconds(5));
        clock.pause();
        base.advance(Duration.ofHours(1));
        assertThat(clock.isPaused()).isTrue();
        assertThat(clock.instant()).isEqualTo(SCENARIO.plusSeconds(10));
        clock.resume();
        base.advance(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(SCENARIO.plusSeconds(12));
    }

    @Test
    void seekJumpsBothWaysAndAPausedClockStaysPaused() {
        DrillClock clock = new DrillClock(base, SCENARIO, 30);
        base.advance(Duration.ofSeconds(10));
        clock.seek(SCENARIO.plusSeconds(60));
        assertThat(clock.instant()).isEqualTo(SCENARIO.plusSeconds(60));
        base.advance(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(SCENARIO.plusSeconds(90));
        clock.pause();
        clock.seek(SCENARIO.plusSeconds(3600));
        base.advance(Duration.ofSeconds(100));
        assertThat(clock.instant()).isEqualTo(SCENARIO.plusSeconds(3600));
    }

    @Test
    void whereTheClockWasSetStaysPutWhileItRunsAndMovesWithASeek() {
        DrillClock clock = new DrillClock(base, SCENARIO, 52.5);
        base.advance(Duration.ofSeconds(2));
        assertThat(clock.instant()).isEqualTo(SCENARIO.plusSeconds(105));
        assertThat(clock.setAt()).isEqualTo(SCENARIO);
        clock.seek(SCENARIO.plusSeconds(600));
        base.advance(Duration.ofSeconds(2));
        assertThat(clock.setAt()).isEqualTo(SCENARIO.plusSeconds(600));
    }

    @Test
    void aBaseClockSteppingBackDoesNotRunTheDrillBackwards() {
        DrillClock clock = new DrillClock(base, SCENARIO, 5);
        base.advance(Duration.ofSeconds(-30));
        assertThat(clock.instant()).isEqualTo(SCENARIO);
    }

    @Test
    void speedOutsideOneToSixtyIsRefused() {
        assertThatThrownBy(() -> new DrillClock(base, SCENARIO, 0.5)).hasMessageContaining("between 1.0x and 60.0x");
        DrillClock clock = new DrillClock(base, SCENARIO, 1);
        assertThatThrownBy(() -> clock.setSpeed(61)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.setSpeed(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
