package sitrep.ui.shell;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;

/**
 * The window's first frame holds only what it is for: the banners, notices, the now strip and the dashboard.
 * The menu bar, the status bar and the split with the components, timeline and postmortem areas join it
 * afterwards. Their skins, style and layout took about 200 ms of a 1.4 s start on two cores, and nobody reads them
 * in the first second (decision record 11-06).
 */
final class ChromeLater {

    private ChromeLater() {
    }

    /**
     * Takes the chrome out of the window now and puts it back, laid out, when {@code later} runs what it is given,
     * with the menu bar that {@code menus} makes then; then runs {@code afterwards} (the start-up layout, which needs
     * the splits in the window). FX thread, before the window is shown.
     */
    static void holdBack(BorderPane root, Pane top, Supplier<? extends Node> menus, SplitPane leftSplit,
                         Node dashboardArea, Executor later, Runnable afterwards) {
        Node center = root.getCenter();
        Node bottom = root.getBottom();
        leftSplit.getItems().remove(dashboardArea);
        root.setCenter(dashboardArea);
        root.setBottom(null);
        later.execute(() -> {
            root.setCenter(center);
            leftSplit.getItems().add(0, dashboardArea);
            // The menus are made only now: nobody opens one before the first chart.
            top.getChildren().add(0, menus.get());
            root.setBottom(bottom);
            // The start-up layout sets divider positions and may fold the side panel: it needs sizes.
            root.applyCss();
            root.layout();
            afterwards.run();
        });
    }
}
