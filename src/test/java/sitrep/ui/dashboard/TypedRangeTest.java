package sitrep.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Typed time ranges, each form Grafana users know, and one clear line for anything else. */
class TypedRangeTest {

    private static final ZoneId PST = ZoneOffset.ofHours(-8);
    /** 15:40 PST on the reference outage's day. */
    private static final Instant NOW = Instant.parse("2023-06-10T23:40:00Z");

    @Test
    void aLoneRelativeEndRunsToNowAndFollowsIt() {
        TypedRange r = TypedRange.parse("now-30m", NOW, PST);
        assertThat(r.followsNow()).isTrue();
        assertThat(r.at(NOW)).isEqualTo(new TimeWindow.Range(NOW.minus(Duration.ofMinutes(30)), NOW));
        Instant later = NOW.plusSeconds(600);
        assertThat(r.at(later)).isEqualTo(new TimeWindow.Range(later.minus(Duration.ofMinutes(30)), later));
    }

    @Test
    void twoRelativeEnds() {
        TypedRange r = TypedRange.parse("now-6h to now-1h", NOW, PST);
        assertThat(r.followsNow()).isTrue();
        assertThat(r.at(NOW)).isEqualTo(new TimeWindow.Range(NOW.minus(Duration.ofHours(6)),
                NOW.minus(Duration.ofHours(1))));
    }

    @Test
    void clockTimesAreInTheIncidentsZoneOnTheDayOfNow() {
        TypedRange r = TypedRange.parse("14:00 to 15:30", NOW, PST);
        assertThat(r.followsNow()).isFalse();
        assertThat(r.at(NOW)).isEqualTo(new TimeWindow.Range(Instant.parse("2023-06-10T22:00:00Z"),
                Instant.parse("2023-06-10T23:30:00Z")));
        // The project's clock-time reading: 2pm is 14:00 here as in notes.
        assertThat(TypedRange.parse("2pm to 3:30pm", NOW, PST).at(NOW)).isEqualTo(r.at(NOW));
    }

    @Test
    void datesAndTimes() {
        TypedRange r = TypedRange.parse("2023-06-10 14:00 to 2023-06-10 17:30", NOW, PST);
        assertThat(r.at(NOW)).isEqualTo(new TimeWindow.Range(Instant.parse("2023-06-10T22:00:00Z"),
                Instant.parse("2023-06-11T01:30:00Z")));
    }

    @Test
    void badInputIsOneLineThatShowsTheForms() {
        assertThatThrownBy(() -> TypedRange.parse("yesterday", NOW, PST))
                .hasMessage("'yesterday' is not a time; write e.g. " + TypedRange.EXAMPLES);
        assertThatThrownBy(() -> TypedRange.parse("now-1h to now-2h", NOW, PST))
                .hasMessage("The end of 'now-1h to now-2h' must come after its start.");
        assertThatThrownBy(() -> TypedRange.parse("  ", NOW, PST)).hasMessageStartingWith("Type a range such as");
        assertThatThrownBy(() -> TypedRange.parse("14:00 to 15:00 to 16:00", NOW, PST))
                .hasMessageContaining("more than two ends");
    }

    @Test
    void theDashboardFollowsARelativeRangeAndHoldsAnAbsoluteOne() {
        DashboardViewModel vm = new DashboardViewModel(DefaultPanels.standard(), PST);
        assertThat(vm.showTyped("now-6h to now-1h", NOW)).isEmpty();
        assertThat(vm.liveProperty().get()).isTrue();
        Instant later = NOW.plusSeconds(60);
        assertThat(vm.request(later).range()).isEqualTo(new TimeWindow.Range(later.minus(Duration.ofHours(6)),
                later.minus(Duration.ofHours(1))));

        assertThat(vm.showTyped("14:00 to 15:30", NOW)).isEmpty();
        assertThat(vm.liveProperty().get()).isFalse();
        assertThat(vm.request(later).range().from()).isEqualTo(Instant.parse("2023-06-10T22:00:00Z"));

        assertThat(vm.showTyped("soon", NOW)).contains("'soon' is not a time; write e.g. " + TypedRange.EXAMPLES);
        assertThat(vm.request(later).range().from()).isEqualTo(Instant.parse("2023-06-10T22:00:00Z"));
    }
}
