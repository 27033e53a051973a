package sitrep.ui.shell;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import sitrep.ui.command.CommandDialogs;
import sitrep.ui.common.ViewLoader;

/**
 * The main window's menu bar and what its items do. Made when the window's chrome joins it after the first frame
 * (ChromeLater): nobody opens a menu in the first second, and its FXML cost the first frame about 30 ms. Until then
 * {@link MainWindowView} keeps what the menus will show (recent incidents, the Command menu's dialogs).
 */
final class MainMenus {

    @FXML private MenuBar menuBar;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private RadioMenuItem lightThemeItem;
    @FXML private Menu recentMenu;
    @FXML private Menu commandMenu;

    private final MainWindowView window;
    private final MainWindowActions actions;
    private final ShellViewModel vm;
    private CommandMenu commands;

    private MainMenus(MainWindowView window, MainWindowActions actions, ShellViewModel vm) {
        this.window = window;
        this.actions = actions;
        this.vm = vm;
    }

    static MainMenus load(MainWindowView window, MainWindowActions actions, ShellViewModel vm) {
        MainMenus menus = new MainMenus(window, actions, vm);
        ViewLoader.load("/sitrep/ui/shell/MainMenus.fxml", menus);
        return menus;
    }

    @FXML
    private void initialize() {
        ThemeItems.bind(darkThemeItem, lightThemeItem, vm.darkThemeProperty());
        commands = new CommandMenu(commandMenu);
    }

    MenuBar bar() {
        return menuBar;
    }

    void showRecent(List<String> folders) {
        RecentIncidentsMenu.show(recentMenu, folders, actions::openIncident);
    }

    /** The open incident's command dialogs enable the Command menu; null (no incident) disables it. */
    void useCommands(CommandDialogs dialogs) {
        commands.use(dialogs);
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
        window.focusDashboard();
    }

    @FXML
    private void focusStatus() {
        window.focusStatus();
    }

    @FXML
    private void showTimeline() {
        window.showTimelineTab();
    }

    @FXML
    private void showPostmortem() {
        window.showPostmortemTab();
    }

    @FXML
    private void toggleTheme() {
        vm.toggleTheme();
    }

    @FXML
    private void toggleFullScreen() {
        window.toggleFullScreen();
    }

    /** Lists the shortcuts straight from the menus, so the help never disagrees with them. */
    @FXML
    private void showShortcuts() {
        HelpDialogs.showShortcuts(menuBar, window.root().getScene().getWindow());
    }

    @FXML
    private void showAbout() {
        window.showAbout();
    }
}
