package sitrep.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import sitrep.ui.command.CommandDialogs;
import sitrep.ui.common.ViewLoader;

/** The main window's FXML controller: binds the view model and forwards menu actions. */
public final class MainWindowView {

    /** What the window asks of the application around it. */
    public interface Actions {
        void openSettings();

        /** File > Import Grafana dashboard…; nothing by default. */
        default void importGrafanaDashboard() {
        }

        void quit();

        void newIncident();

        void openIncident();

        void openIncident(String folder);

        /** Incident > Share with the team store…. */
        void shareIncident();

        /** Incident > Join an incident from the store…. */
        void joinIncident();

        void newNote();

        void undoTimeline();

        void redoTimeline();
    }

    @FXML private BorderPane root;
    @FXML private VBox top;
    @FXML private MenuBar menuBar;
    @FXML private HBox noticeBar;
    @FXML private Label noticeText;
    @FXML private Button dismissNotice;
    @FXML private SplitPane mainSplit;
    @FXML private SplitPane leftSplit;
    @FXML private VBox dashboardArea;
    @FXML private VBox statusArea;
    @FXML private Label dashboardHint;
    @FXML private Label statusHint;
    @FXML private TabPane workTabs;
    @FXML private Tab timelineTab;
    @FXML private Tab postmortemTab;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private RadioMenuItem lightThemeItem;
    @FXML private StatusBar statusBar;
    @FXML private Menu recentMenu;
    @FXML private VBox timelineArea;
    @FXML private Menu commandMenu;

    /** The postmortem tab's first content (its placeholder), kept to show until a lazily made postmortem is seen. */
    private Node postmortemPlaceholder;
    private ChangeListener<Boolean> postmortemShown;

    private static final String COMMAND_SUMMARY = "sitrep.commandSummary";
    /** The open incident's command dialogs; null while no incident is open (the Command menu is then disabled). */
    private CommandDialogs commandDialogs;
    /** Where the command summary lives: the now strip's slot once there is a strip, else the top box. */
    private Pane commandSlot;

    private static final String LIVE_CONTENT = "sitrep.liveContent";
    private static final String DRILL_BANNER = "sitrep.drillBanner";

    private final ShellViewModel vm;
    private final Actions actions;
    private SidePanelLayout side;
    private final String version;

    private MainWindowView(ShellViewModel vm, Actions actions, String version) {
        this.vm = vm;
        this.actions = actions;
        this.version = version;
    }

    public static MainWindowView load(ShellViewModel vm, Actions actions, String version) {
        MainWindowView view = new MainWindowView(vm, actions, version);
        ViewLoader.load("/sitrep/ui/shell/MainWindow.fxml", view);
        return view;
    }

    @FXML
    private void initialize() {
        noticeText.textProperty().bind(vm.noticeProperty());
        noticeBar.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
        dashboardHint.textProperty().bind(vm.dashboardHintProperty());
        statusHint.textProperty().bind(vm.statusHintProperty());

        statusBar.textProperty().bind(vm.sourceSummaryProperty());
        Label clock = new Label();
        clock.getStyleClass().add("clock");
        clock.setId("incidentClock");
        clock.textProperty().bind(vm.clockProperty());
        statusBar.getRightItems().add(clock);

        side = new SidePanelLayout(root, mainSplit, leftSplit, statusArea, workTabs, timelineTab, postmortemTab);

        syncThemeItems();
        vm.darkThemeProperty().addListener((obs, was, dark) -> syncThemeItems());
        commandMenu.setDisable(true);
        postmortemPlaceholder = postmortemTab.getContent();
    }

    /**
     * Shows the incident command summary at the top of the window (status, severity, commander, update
     * countdown) and enables the Command menu; null removes both. One spot, so it can move as a whole.
     */
    public void setCommandSummary(Node summary, CommandDialogs dialogs) {
        Pane home = commandSlot != null ? commandSlot : top;
        home.getChildren().removeIf(n -> n.getProperties().containsKey(COMMAND_SUMMARY));
        commandDialogs = summary == null ? null : dialogs;
        commandMenu.setDisable(commandDialogs == null);
        if (summary != null) {
            summary.getProperties().put(COMMAND_SUMMARY, Boolean.TRUE);
            home.getChildren().add(summary);
        }
    }

    @FXML
    private void setStatus() {
        if (commandDialogs != null) {
            commandDialogs.setStatus();
        }
    }

    @FXML
    private void setSeverity() {
        if (commandDialogs != null) {
            commandDialogs.setSeverity();
        }
    }

    @FXML
    private void assignRole() {
        if (commandDialogs != null) {
            commandDialogs.assignRole();
        }
    }

    @FXML
    private void postUpdate() {
        if (commandDialogs != null) {
            commandDialogs.composeUpdate();
        }
    }

    @FXML
    private void editMilestones() {
        if (commandDialogs != null) {
            commandDialogs.editMilestones();
        }
    }

    @FXML
    private void showFollowups() {
        if (commandDialogs != null) {
            commandDialogs.followups();
        }
    }

    private void syncThemeItems() {
        darkThemeItem.setSelected(vm.darkThemeProperty().get());
        lightThemeItem.setSelected(!vm.darkThemeProperty().get());
    }

    public BorderPane root() {
        return root;
    }

    /** Shows the team store's sync status on the status bar's right (hidden while nothing is shared). */
    public void setSyncStatus(SyncStatusViewModel sync) {
        Label label = new Label();
        label.setId("syncStatus");
        label.getStyleClass().add("sync-status");
        label.textProperty().bind(sync.textProperty());
        label.visibleProperty().bind(sync.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        // Never "...": how many notes wait and why is the point of this label; the full text is also the tooltip.
        label.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(sync.textProperty());
        label.setTooltip(tip);
        sync.warningProperty().addListener((obs, was, warn) -> {
            if (warn) {
                label.getStyleClass().add(SYNC_WARNING);
            } else {
                label.getStyleClass().remove(SYNC_WARNING);
            }
        });
        statusBar.getRightItems().add(0, label);
    }

    private static final String SYNC_WARNING = "sync-warning";

    /** Puts live content (the status board) into the status area, under its title and in place of the hint. */
    public void setStatusContent(Node content) {
        setAreaContent(statusArea, statusHint, content);
    }

    /** Puts the live dashboard into the dashboard area in place of its hint. */
    public void setDashboardContent(Node content) {
        setAreaContent(dashboardArea, dashboardHint, content);
    }

    private static void setAreaContent(VBox area, Label hint, Node content) {
        area.getChildren().removeIf(n -> n.getProperties().containsKey(LIVE_CONTENT));
        // Live content brings its own headings; the area's title is for the empty state, and its room is the data's.
        area.getChildren().stream().filter(n -> n.getStyleClass().contains("area-title")).forEach(n -> {
            n.setVisible(content == null);
            n.setManaged(content == null);
        });
        if (content != null) {
            content.getProperties().put(LIVE_CONTENT, Boolean.TRUE);
            VBox.setVgrow(content, Priority.ALWAYS);
            area.getChildren().add(content);
        }
        hint.setVisible(content == null);
        hint.setManaged(content == null);
    }

    /** Shows (or, with null, removes) the drill banner under the menu bar. */
    public void setDrillBanner(Node banner) {
        top.getChildren().removeIf(n -> n.getProperties().containsKey(DRILL_BANNER));
        if (banner != null) {
            banner.getProperties().put(DRILL_BANNER, Boolean.TRUE);
            top.getChildren().add(1, banner);
        }
    }

    /**
     * Puts the "now" strip at the top of the window, under the menus, banners and notices; the incident's
     * command summary (status, severity, commander) is shown in its slot from then on.
     */
    public void setNowStrip(Node strip, Pane slot) {
        top.getChildren().add(strip);
        commandSlot = slot;
    }

    /** Replaces the timeline placeholder with the open incident's timeline. */
    public void setTimelineContent(Node content) {
        timelineTab.setContent(content);
    }

    /** Replaces the postmortem placeholder with the open incident's postmortem. */
    public void setPostmortemContent(Node content) {
        postmortemTab.setContent(content);
    }

    /**
     * Replaces the postmortem placeholder with the open incident's postmortem, made when the tab is first shown:
     * most incidents are worked in the timeline, and the postmortem's layout need not be loaded before then.
     */
    public void setPostmortemContent(Supplier<Node> content) {
        if (postmortemShown != null) {
            postmortemTab.selectedProperty().removeListener(postmortemShown);
            postmortemShown = null;
        }
        if (postmortemTab.isSelected()) {
            postmortemTab.setContent(content.get());
            return;
        }
        postmortemTab.setContent(postmortemPlaceholder);
        postmortemShown = (obs, was, selected) -> {
            if (selected) {
                postmortemTab.selectedProperty().removeListener(postmortemShown);
                postmortemShown = null;
                postmortemTab.setContent(content.get());
            }
        };
        postmortemTab.selectedProperty().addListener(postmortemShown);
    }

    /**
     * Shows "Opening …" in the timeline tab while an incident is read in the background.
     *
     * @return what the tab showed before, to put back if the incident cannot be opened
     */
    public Node showOpening(String text) {
        Node before = timelineTab.getContent();
        Label title = new Label("Incident timeline");
        title.getStyleClass().add("area-title");
        Label what = new Label(text);
        what.setId("incidentOpening");
        what.getStyleClass().add("placeholder");
        what.setWrapText(true);
        VBox opening = new VBox(title, what);
        opening.getStyleClass().add("area");
        timelineTab.setContent(opening);
        return before;
    }

    public void setRecentIncidents(List<String> folders) {
        recentMenu.getItems().clear();
        for (String folder : folders) {
            MenuItem item = new MenuItem(folder);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openIncident(folder));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(folders.isEmpty());
    }

    /** Brings the timeline tab to the front, opening the side panel; the caller focuses what it needs inside. */
    public void selectTimeline() {
        side.show(timelineTab);
    }

    /** On a narrow window, folds the side panel away unless the user's own divider position is restored. */
    public void collapseSidePanel() {
        side.collapse();
    }

    /** The status area's divider as last seen there (it moves into a tab on narrow windows). */
    public double leftDivider() {
        return side.leftDivider();
    }

    public SplitPane mainSplit() {
        return mainSplit;
    }

    public SplitPane leftSplit() {
        return leftSplit;
    }

    @FXML
    private void importGrafanaDashboard() {
        actions.importGrafanaDashboard();
    }

    @FXML
    private void openSettings() {
        actions.openSettings();
    }

    @FXML
    private void quit() {
        actions.quit();
    }

    @FXML
    private void newIncident() {
        actions.newIncident();
    }

    @FXML
    private void shareIncident() {
        actions.shareIncident();
    }

    @FXML
    private void joinIncident() {
        actions.joinIncident();
    }

    @FXML
    private void openIncident() {
        actions.openIncident();
    }

    @FXML
    private void newNote() {
        actions.newNote();
    }

    @FXML
    private void undoTimeline() {
        actions.undoTimeline();
    }

    @FXML
    private void redoTimeline() {
        actions.redoTimeline();
    }

    @FXML
    private void focusDashboard() {
        dashboardArea.requestFocus();
    }

    @FXML
    private void focusStatus() {
        side.show(side.statusTab());
    }

    @FXML
    private void showTimeline() {
        side.show(timelineTab);
        workTabs.requestFocus();
    }

    @FXML
    private void showPostmortem() {
        side.show(postmortemTab);
        workTabs.requestFocus();
    }

    @FXML
    private void useDarkTheme() {
        vm.darkThemeProperty().set(true);
    }

    @FXML
    private void useLightTheme() {
        vm.darkThemeProperty().set(false);
    }

    @FXML
    private void toggleTheme() {
        vm.toggleTheme();
    }

    @FXML
    private void toggleFullScreen() {
        Stage stage = (Stage) root.getScene().getWindow();
        stage.setFullScreen(!stage.isFullScreen());
    }

    @FXML
    private void dismissNotice() {
        vm.dismissNotice();
    }

    /** Lists the shortcuts straight from the menus, so the help never disagrees with them. */
    @FXML
    private void showShortcuts() {
        List<String> lines = new ArrayList<>();
        for (Menu menu : menuBar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    lines.add(String.format("%-16s %s", item.getAccelerator().getDisplayText(),
                            item.getText().replace("_", "")));
                }
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, String.join("\n", lines));
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setId("shortcutsDialog");
        alert.getDialogPane().lookupAll(".content").forEach(n -> n.setStyle("-fx-font-family: monospace;"));
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }

    @FXML
    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Incident war-room console: live charts, component status and alerts, a journaled"
                        + " timeline and the postmortem. Local-first: it keeps working when the network is"
                        + " part of the outage.");
        alert.setTitle("About Sitrep");
        alert.setHeaderText("Sitrep " + version);
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }
}
