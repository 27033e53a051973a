package sitrep.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A flapping stretch's words never run into the words of a band after it (they were drawn over each other). */
class ConnectivityLabelRoomTest {

    @Test
    void aFlapsWordsStopWhereTheNextBandsWordsStart() {
        // Flapping from x=100 to 120, a labelled band from 120: only the flap's own box.
        assertThat(BandWords.flapLabelRoom(100, 120, 900, List.of(10.0, 120.0))).isEqualTo(20);
        // The next labelled band starts further on: up to it.
        assertThat(BandWords.flapLabelRoom(100, 120, 900, List.of(10.0, 400.0, 300.0))).isEqualTo(200);
    }

    @Test
    void withNoWordsAfterItAFlapsWordsMayRunToTheEnd() {
        assertThat(BandWords.flapLabelRoom(100, 120, 900, List.of(10.0))).isEqualTo(800);
        assertThat(BandWords.flapLabelRoom(100, 120, 900, List.of())).isEqualTo(800);
    }
}
