package sitrep.source.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesWithJitterUpToTheCap() {
        Backoff top = new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(60), () -> 1.0);
        Backoff bottom = new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(60), () -> 0.0);
        assertThat(top.delay(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(top.delay(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(top.delay(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(top.delay(5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(top.delay(500)).isEqualTo(Duration.ofSeconds(60));
        assertThat(bottom.delay(1)).isEqualTo(Duration.ofMillis(2500));
        assertThat(bottom.delay(9)).isEqualTo(Duration.ofSeconds(30));
    }
}
