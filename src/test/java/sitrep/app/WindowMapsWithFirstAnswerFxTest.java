package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The window maps with the dashboard's first answer in it, so its charts are styled and laid out with it. */
class WindowMapsWithFirstAnswerFxTest extends WholeConsoleFxTest {

    /** Starts the console and returns what {@code probe} read of the window's root each time it was shown. */
    private <T> List<T> whenShown(Function<Stage, T> probe) throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        List<T> seen = new CopyOnWriteArrayList<>();
        ChangeListener<Boolean> onShown = (o, was, showing) -> {
            if (showing) {
                seen.add(probe.apply(primary));
            }
        };
        interact(() -> primary.showingProperty().addListener(onShown));
        try {
            start(LaunchOptions.none());
        } finally {
            interact(() -> primary.showingProperty().removeListener(onShown));
        }
        return seen;
    }

    private static Parent root(Stage stage) {
        return stage.getScene().getRoot();
    }

    @Test
    void theDrillsChartsAreInTheWindowWhenItIsFirstShown() throws Exception {
        List<Integer> chartsWhenShown = whenShown(stage -> root(stage).lookupAll(".chart-view").size());

        assertThat(chartsWhenShown).as("charts in the window as it was first shown").isNotEmpty();
        assertThat(chartsWhenShown.get(0)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theDashboardIsLaidOutAtTheWindowsSizeBeforeItIsFirstShown() throws Exception {
        List<double[]> widthsWhenShown = whenShown(stage -> {
            Node dashboard = root(stage).lookup(".dashboard");
            return new double[] {stage.getScene().getWidth(),
                    dashboard == null ? 0 : dashboard.getLayoutBounds().getWidth()};
        });

        // Laid out at its content's preferred size instead, the dashboard is narrower than the window (it chose its
        // columns for that size, and built its charts again in the next pulse).
        assertThat(widthsWhenShown).isNotEmpty();
        double sceneWidth = widthsWhenShown.get(0)[0];
        assertThat(widthsWhenShown.get(0)[1]).as("dashboard width when first shown, in a scene %s wide", sceneWidth)
                .isGreaterThan(sceneWidth * 0.95);
    }

    @Test
    void theFirstAnswersConnectivityBandsAreInTheWindowWhenItIsFirstShown() throws Exception {
        List<Boolean> bandsWhenShown = whenShown(stage -> {
            Node bands = root(stage).lookup("#connectivityScroller");
            return bands != null && bands.isVisible() && bands.isManaged();
        });

        // Shown halfway through applying the answer (its panels, not yet its bands), the window was laid out with
        // taller charts, drawn, then laid out again and drawn again a pulse later when the bands joined.
        assertThat(bandsWhenShown).isNotEmpty();
        assertThat(bandsWhenShown.get(0)).as("the drill's connectivity bands shown with the window").isTrue();
    }
}
