package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A layout saved before the start-up layout ran keeps the user's splits, not the FXML's defaults. */
class WindowPlacementDividersTest {

    @Test
    void theBoundsAreTheWindowsAndTheSplitsTheSavedOnes() {
        Settings.WindowState now = new Settings.WindowState(5, 6, 1366, 768, true, 0.58, 0.68);
        Settings.WindowState saved = new Settings.WindowState(0, 0, 1600, 900, false, 0.42, 0.3);

        Settings.WindowState kept = WindowPlacement.withDividersOf(now, saved);

        assertThat(kept).isEqualTo(new Settings.WindowState(5, 6, 1366, 768, true, 0.42, 0.3));
    }

    @Test
    void withNoneSavedTheSplitsReadAsNeverSet() {
        Settings.WindowState now = new Settings.WindowState(5, 6, 1366, 768, false, 0.58, 0.68);

        Settings.WindowState kept = WindowPlacement.withDividersOf(now, null);

        // Read back, the defaults apply and a narrow window folds its side panel, as on a first start.
        assertThat(WindowPlacement.savedMainDivider(kept)).isFalse();
        assertThat(kept.width()).isEqualTo(1366);
    }
}
