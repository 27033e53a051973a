package sitrep.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import sitrep.ui.dashboard.ChartView;

/**
 * The dashboard behind a dialog, on the drill at its outage: charts and connectivity bands keep their last
 * frame while Settings or the panel editor is open, and the panel editor's words are not cut short.
 */
class DashboardBehindDialogsFxTest extends DrillAtOutageFxTest {

    /** Runs before the console is stopped (JUnit runs a subclass's @AfterEach first). */
    @AfterEach
    void hideDialogs() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane) {
                interact(w::hide);
            }
        }
    }

    @Test
    void chartsAndBandsKeepTheirLastFrameBehindSettings() throws Exception {
        openDrillAtOutage();
        resize(1366, 768);
        Platform.runLater(composition()::openSettings);
        DialogPane pane = dialogShown();
        // The drill refreshes every second: let a few refreshes pass under the dialog.
        sleep(2500);
        waitForFxEvents();
        assertThat(pane.getScene().getWindow().isShowing()).isTrue();
        assertDrawn();
    }

    @Test
    void chartsKeepTheirLastFrameBehindThePanelEditorWhoseWordsAllFit() throws Exception {
        openDrillAtOutage();
        for (int[] size : new int[][] {{1600, 900}, {1024, 700}}) {
            resize(size[0], size[1]);
            Platform.runLater(() -> lookup("#editPanels").queryButton().fire());
            DialogPane pane = dialogShown();
            sleep(1500);
            AtomicReference<List<String>> cut = new AtomicReference<>();
            interact(() -> {
                pane.applyCss();
                pane.layout();
                cut.set(ScreenReadabilityFxTest.cutOrUnexplained(pane));
            });
            assertThat(cut.get()).as("panel editor at %dx%d", size[0], size[1]).isEmpty();
            assertThat(pane.getScene().getWindow().getWidth()).isLessThanOrEqualTo(size[0]);
            assertThat(pane.getScene().getWindow().getHeight()).isLessThanOrEqualTo(size[1]);
            assertDrawn();
            interact(() -> pane.getScene().getWindow().hide());
            waitForFxEvents();
        }
    }

    private DialogPane dialogShown() throws Exception {
        AtomicReference<DialogPane> found = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p) {
                    found.set(p);
                    return true;
                }
            }
            return false;
        });
        waitForFxEvents();
        return found.get();
    }

    /** Every chart and the connectivity bands show pictures, not an empty or single-colour area. */
    private void assertDrawn() {
        List<ChartView> charts = new ArrayList<>();
        for (Node n : lookup(".chart-view").queryAll()) {
            if (n instanceof ChartView c && c.isVisible() && c.getWidth() > 0) {
                charts.add(c);
            }
        }
        assertThat(charts).hasSizeGreaterThanOrEqualTo(4);
        for (ChartView c : charts) {
            AtomicReference<Image> shot = new AtomicReference<>();
            interact(() -> shot.set(c.snapshot(null, null)));
            assertThat(colours(shot.get())).as("colours in the chart %s", c.frame() == null ? "(no frame)"
                    : c.frame().spec().title()).isGreaterThan(3);
        }
        Node bands = lookup("#connectivity").query();
        AtomicReference<Image> shot = new AtomicReference<>();
        interact(() -> shot.set(bands.snapshot(null, null)));
        assertThat(colours(shot.get())).as("colours in the connectivity bands").isGreaterThan(3);
    }

    private static int colours(Image image) {
        PixelReader r = image.getPixelReader();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(r.getArgb(x, y));
            }
        }
        return seen.size();
    }
}
