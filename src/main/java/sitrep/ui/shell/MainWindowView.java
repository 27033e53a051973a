package sitrep.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import sitrep.ui.command.CommandDialogs;
import sitrep.ui.common.ViewLoader;

/** The main window's FXML controller: binds the view model and forwards menu actions. */
public final class MainWindowView {

    @FXML private BorderPane root;
    @FXML private VBox top;
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
    @FXML private StatusBar statusBar;
    @FXML private VBox timelineArea;

    /** The postmortem, made when its tab is first shown. */
    private LazyTabContent postmortem;
    private CommandSummaryPlace command;
    /** The menu bar, made when the chrome joins the window ({@link #holdBackChrome}); null before. */
    private MainMenus menus;
    /** What the menus show once made: the recent incidents, and the open incident's command dialogs. */
    private List<String> recent = List.of();
    private CommandDialogs commandDialogs;

    private final ShellViewModel vm;
    private final MainWindowActions actions;
    private SidePanelLayout side;
    private final String version;

    private MainWindowView(ShellViewModel vm, MainWindowActions actions, String version) {
        this.vm = vm;
        this.actions = actions;
        this.version = version;
    }

    public static MainWindowView load(ShellViewModel vm, MainWindowActions actions, String version) {
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
        statusBar.getRightItems().add(StatusBarItems.clock(vm.clockProperty()));

        side = new SidePanelLayout(root, mainSplit, leftSplit, statusArea, workTabs, timelineTab, postmortemTab);

        command = new CommandSummaryPlace(top);
        postmortem = new LazyTabContent(postmortemTab);
    }

    /**
     * Shows the incident command summary at the top of the window (status, severity, commander, update
     * countdown) and enables the Command menu; null removes both. One spot, so it can move as a whole.
     */
    public void setCommandSummary(Node summary, CommandDialogs dialogs) {
        command.show(summary);
        commandDialogs = summary == null ? null : dialogs;
        if (menus != null) {
            menus.useCommands(commandDialogs);
        }
    }

    public BorderPane root() {
        return root;
    }

    /** Shows the team store's sync status on the status bar's right (hidden while nothing is shared). */
    public void setSyncStatus(SyncStatusViewModel sync) {
        statusBar.getRightItems().add(0, StatusBarItems.syncStatus(sync));
    }

    /** Puts live content (the status board) into the status area, under its title and in place of the hint. */
    public void setStatusContent(Node content) {
        AreaContent.set(statusArea, statusHint, content);
    }

    /** Puts the live dashboard into the dashboard area in place of its hint. */
    public void setDashboardContent(Node content) {
        AreaContent.set(dashboardArea, dashboardHint, content);
    }

    /** Shows (or, with null, removes) the drill banner under the menu bar. */
    public void setDrillBanner(Node banner) {
        DrillBannerPlace.show(top, menus == null ? null : menus.bar(), banner);
    }

    /**
     * Shows only the banners, notices, now strip and dashboard until {@code later} runs what it is given; then the
     * menu bar, status bar and side areas join and {@code afterwards} runs. Before the window is shown.
     */
    public void holdBackChrome(Executor later, Runnable afterwards) {
        ChromeLater.holdBack(root, top, this::makeMenus, leftSplit, dashboardArea, later, afterwards);
    }

    private MenuBar makeMenus() {
        menus = MainMenus.load(this, actions, vm);
        menus.showRecent(recent);
        menus.useCommands(commandDialogs);
        return menus.bar();
    }

    /**
     * Puts the "now" strip at the top of the window, under the menus, banners and notices; the incident's
     * command summary (status, severity, commander) is shown in its slot from then on.
     */
    public void setNowStrip(Node strip, Pane slot) {
        top.getChildren().add(strip);
        command.moveTo(slot);
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
        postmortem.setLazily(content);
    }

    /**
     * Shows "Opening …" in the timeline tab while an incident is read in the background.
     *
     * @return what the tab showed before, to put back if the incident cannot be opened
     */
    public Node showOpening(String text) {
        Node before = timelineTab.getContent();
        timelineTab.setContent(AreaContent.opening(text));
        return before;
    }

    public void setRecentIncidents(List<String> folders) {
        recent = new ArrayList<>(folders);
        if (menus != null) {
            menus.showRecent(recent);
        }
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
    private void newIncident() {
        actions.newIncident();
    }

    @FXML
    private void dismissNotice() {
        vm.dismissNotice();
    }

    void focusDashboard() {
        dashboardArea.requestFocus();
    }

    void focusStatus() {
        side.show(side.statusTab());
    }

    void showTimelineTab() {
        side.show(timelineTab);
        workTabs.requestFocus();
    }

    void showPostmortemTab() {
        side.show(postmortemTab);
        workTabs.requestFocus();
    }

    void toggleFullScreen() {
        Stage stage = (Stage) root.getScene().getWindow();
        stage.setFullScreen(!stage.isFullScreen());
    }

    void showAbout() {
        HelpDialogs.showAbout(version, root.getScene().getWindow());
    }
}
