package sitrep.ui.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import sitrep.source.drill.DrillClock;
import sitrep.source.drill.InjectFeed;
import sitrep.source.drill.MutableClock;
import sitrep.source.drill.Scenario;

class DrillBannerViewModelTest {

    private static final Instant START = Instant.parse("2023-06-10T22:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(3).plusMinutes(30));

    private final MutableClock hand = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final DrillClock clock = new DrillClock(hand, START, 60);
    private final InjectFeed injects = new InjectFeed(List.of(
            new Scenario.Inject(START.plusSeconds(300), "Customers report 5xx on checkout"),
            new Scenario.Inject(START.plusSeconds(5400), "The status page reports elevated errors")), clock);
    private final DrillBannerViewModel vm = new DrillBannerViewModel("Service Outage", clock, injects, START, END,
            ZoneOffset.ofHours(-8), "PST");

    @Test
    void statusNamesTheDrillItsScenarioTimeInTheZoneAndTheWindow() {
        assertThat(vm.statusProperty().get()).isEqualTo("DRILL · Service Outage · 14:00:00 PST (14:00–17:30)");
        assertThat(vm.progressProperty().get()).isZero();
    }

    @Test
    void injectsAppearOnceWhenTheirTimeComes() {
        hand.advance(Duration.ofSeconds(6));
        vm.tick();
        vm.tick();

        assertThat(vm.latestInjectProperty().get()).isEqualTo("14:05  Customers report 5xx on checkout");
        assertThat(vm.injectHistory()).hasSize(1);
    }

    @Test
    void pauseSpeedAndSeek() {
        vm.togglePause();
        hand.advance(Duration.ofSeconds(60));
        vm.tick();
        assertThat(vm.pausedProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).contains("14:00:00 PST").endsWith("paused");

        vm.seek(0.5);
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(105)));
        assertThat(vm.progressProperty().get()).isEqualTo(0.5);
        // Seeking forward past injects still delivers them, newest first.
        assertThat(vm.injectHistory()).containsExactly("15:30  The status page reports elevated errors",
                "14:05  Customers report 5xx on checkout");

        vm.setSpeed(500);
        assertThat(vm.speed()).isEqualTo(DrillClock.MAX_SPEED);
    }
}
