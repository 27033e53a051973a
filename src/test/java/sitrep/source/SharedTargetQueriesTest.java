package sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedTargetQueriesTest {

    private static final Instant T = Instant.parse("2026-11-25T14:10:00Z");
    private static final SharedTargetQueries.Window HOUR = new SharedTargetQueries.Window(Duration.ofHours(1),
            Duration.ofMillis(4_736));

    private final SharedTargetQueries shared = new SharedTargetQueries(Duration.ofSeconds(5));

    private void polledAt(Instant end) {
        shared.publish("up", new SharedTargetQueries.Answer(SharedTargetQueries.alignedStart(HOUR, end), end,
                HOUR.step(), new MetricSource.Range(List.of(), List.of())));
    }

    @Test
    void anAlignedRangesLastEvaluationIsItsEnd() {
        Instant start = SharedTargetQueries.alignedStart(HOUR, T);

        assertThat(Duration.between(start, T).toMillis() % HOUR.step().toMillis()).isZero();
        assertThat(Duration.between(start, T)).isBetween(HOUR.length(), HOUR.length().plus(HOUR.step()));
    }

    @Test
    void aRefreshReusesAPollOfItsWindowAndStepNoOlderThanAPollAndAHalf() {
        polledAt(T.minusSeconds(4));

        assertThat(shared.answerFor("up", T.minus(HOUR.length()), T, HOUR.step())).isPresent();
        assertThat(shared.answerFor("probe_success", T.minus(HOUR.length()), T, HOUR.step())).isEmpty();
        assertThat(shared.answerFor("up", T.minus(HOUR.length()), T, Duration.ofSeconds(1)))
                .as("another step: the plot was resized").isEmpty();
        assertThat(shared.answerFor("up", T.minus(Duration.ofHours(6)), T, HOUR.step()))
                .as("another window").isEmpty();
        assertThat(shared.answerFor("up", T.plusSeconds(4).minus(HOUR.length()), T.plusSeconds(4), HOUR.step()))
                .as("8 s old: the poller is failing or backing off").isEmpty();
    }

    @Test
    void aDashboardThatStopsFollowingNowStopsTheSharing() {
        shared.follow(HOUR);
        polledAt(T);
        assertThat(shared.followed()).contains(HOUR);

        shared.follow(null);

        assertThat(shared.followed()).isEmpty();
        assertThat(shared.answerFor("up", T.minus(HOUR.length()), T, HOUR.step())).isEmpty();
    }

    @Test
    void aPollerThatPollsRarelySharesOnlyAnswersFreshEnoughForTheBands() {
        SharedTargetQueries rare = new SharedTargetQueries(Duration.ofSeconds(30));
        rare.publish("up", new SharedTargetQueries.Answer(SharedTargetQueries.alignedStart(HOUR, T), T,
                HOUR.step(), new MetricSource.Range(List.of(), List.of())));

        assertThat(rare.answerFor("up", T.minus(HOUR.length()), T, HOUR.step())).isPresent();
        Instant later = T.plusSeconds(10);
        assertThat(rare.answerFor("up", later.minus(HOUR.length()), later, HOUR.step())).isEmpty();
    }
}
