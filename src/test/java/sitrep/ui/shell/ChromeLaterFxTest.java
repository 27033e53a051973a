package sitrep.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The first frame holds the banners and the dashboard; the menus, status bar and side areas join when let in. */
class ChromeLaterFxTest extends FxRobot {

    private BorderPane root;
    private MenuBar menuBar;
    private Label banner;
    private VBox top;
    private VBox dashboard;
    private VBox status;
    private SplitPane leftSplit;
    private TabPane tabs;
    private SplitPane mainSplit;
    private Label statusBar;
    private final List<Runnable> gate = new ArrayList<>();
    private final List<String> afterwards = new ArrayList<>();
    private final List<MenuBar> menusMade = new ArrayList<>();

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            menuBar = new MenuBar(new Menu("File"));
            banner = new Label("DRILL");
            top = new VBox(banner);
            dashboard = new VBox(new Label("Dashboard"));
            status = new VBox(new Label("Components and alerts"));
            leftSplit = new SplitPane(dashboard, status);
            tabs = new TabPane(new Tab("Timeline"));
            mainSplit = new SplitPane(leftSplit, tabs);
            statusBar = new Label("Sources: all answering");
            root = new BorderPane(mainSplit, top, null, statusBar, null);
            ChromeLater.holdBack(root, top, () -> {
                        menusMade.add(menuBar);
                        return menuBar;
                    }, leftSplit, dashboard, gate::add,
                    () -> afterwards.add("split as wide as the window: " + (mainSplit.getWidth() == root.getWidth()
                            && mainSplit.getWidth() > 0)));
            stage.setScene(new Scene(root, 800, 500));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theFirstFrameIsTheBannersAndTheDashboard() {
        assertThat(top.getChildren()).containsExactly(banner);
        assertThat(root.getCenter()).isSameAs(dashboard);
        assertThat(root.getBottom()).isNull();
        assertThat(menuBar.getScene()).isNull();
        assertThat(tabs.getScene()).isNull();
        assertThat(dashboard.getWidth()).isPositive().isEqualTo(root.getWidth());
        assertThat(afterwards).isEmpty();
        assertThat(menusMade).as("menus made for the first frame").isEmpty();
    }

    @Test
    void theRestJoinsInItsPlacesAndIsLaidOutBeforeTheStartLayoutRuns() throws Exception {
        assertThat(gate).hasSize(1);
        FxToolkit.setupFixture(() -> gate.forEach(Runnable::run));

        assertThat(menusMade).containsExactly(menuBar);
        assertThat(top.getChildren()).containsExactly(menuBar, banner);
        assertThat(root.getCenter()).isSameAs(mainSplit);
        assertThat(leftSplit.getItems()).containsExactly(dashboard, status);
        assertThat(root.getBottom()).isSameAs(statusBar);
        assertThat(afterwards).containsExactly("split as wide as the window: true");
    }
}
