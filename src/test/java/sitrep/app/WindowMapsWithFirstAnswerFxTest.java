package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The window maps with the dashboard's first answer in it, so its charts are styled and laid out with it. */
class WindowMapsWithFirstAnswerFxTest extends WholeConsoleFxTest {

    @Test
    void theDrillsChartsAreInTheWindowWhenItIsFirstShown() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        List<Integer> chartsWhenShown = new CopyOnWriteArrayList<>();
        ChangeListener<Boolean> onShown = (o, was, showing) -> {
            if (showing) {
                chartsWhenShown.add(primary.getScene().getRoot().lookupAll(".chart-view").size());
            }
        };
        interact(() -> primary.showingProperty().addListener(onShown));
        try {
            start(LaunchOptions.none());
        } finally {
            interact(() -> primary.showingProperty().removeListener(onShown));
        }

        assertThat(chartsWhenShown).as("charts in the window as it was first shown").isNotEmpty();
        assertThat(chartsWhenShown.get(0)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theDashboardIsLaidOutAtTheWindowsSizeBeforeItIsFirstShown() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        List<double[]> widthsWhenShown = new CopyOnWriteArrayList<>();
        ChangeListener<Boolean> onShown = (o, was, showing) -> {
            if (showing) {
                Node dashboard = primary.getScene().getRoot().lookup(".dashboard");
                widthsWhenShown.add(new double[] {primary.getScene().getWidth(),
                        dashboard == null ? 0 : dashboard.getLayoutBounds().getWidth()});
            }
        };
        interact(() -> primary.showingProperty().addListener(onShown));
        try {
            start(LaunchOptions.none());
        } finally {
            interact(() -> primary.showingProperty().removeListener(onShown));
        }

        // Laid out at its content's preferred size instead, the dashboard is narrower than the window (it chose its
        // columns for that size, and built its charts again in the next pulse).
        assertThat(widthsWhenShown).isNotEmpty();
        double sceneWidth = widthsWhenShown.get(0)[0];
        assertThat(widthsWhenShown.get(0)[1]).as("dashboard width when first shown, in a scene %s wide", sceneWidth)
                .isGreaterThan(sceneWidth * 0.95);
    }

    @Test
    void theFirstAnswersConnectivityBandsAreInTheWindowWhenItIsFirstShown() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        List<Boolean> bandsWhenShown = new CopyOnWriteArrayList<>();
        ChangeListener<Boolean> onShown = (o, was, showing) -> {
            if (showing) {
                Node bands = primary.getScene().getRoot().lookup("#connectivityScroller");
                bandsWhenShown.add(bands != null && bands.isVisible() && bands.isManaged());
            }
        };
        interact(() -> primary.showingProperty().addListener(onShown));
        try {
            start(LaunchOptions.none());
        } finally {
            interact(() -> primary.showingProperty().removeListener(onShown));
        }

        // Shown halfway through applying the answer (its panels, not yet its bands), the window was laid out with
        // taller charts, drawn, then laid out again and drawn again a pulse later when the bands joined.
        assertThat(bandsWhenShown).isNotEmpty();
        assertThat(bandsWhenShown.get(0)).as("the drill's connectivity bands shown with the window").isTrue();
    }
}
