package sitrep.ui.shell;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

/** Where the drill banner goes in the top box: right under the menu bar, so it is seen before any incident content. */
final class DrillBannerPlace {

    private static final String DRILL_BANNER = "sitrep.drillBanner";

    private DrillBannerPlace() {
    }

    /** Shows {@code banner} in place of the one shown before; null removes it. */
    static void show(Pane top, Node menuBar, Node banner) {
        top.getChildren().removeIf(n -> n.getProperties().containsKey(DRILL_BANNER));
        if (banner != null) {
            banner.getProperties().put(DRILL_BANNER, Boolean.TRUE);
            // Under the menu bar; at the top while the menu bar is held back (holdBackChrome).
            top.getChildren().add(top.getChildren().indexOf(menuBar) + 1, banner);
        }
    }
}
