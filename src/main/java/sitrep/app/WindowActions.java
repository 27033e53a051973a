package sitrep.app;

import java.util.Objects;
import javafx.application.Platform;
import javafx.stage.Window;
import sitrep.ui.shell.MainWindowActions;

/**
 * The main window's menus, each forwarded to the small action that does it. The window is loaded before the parts
 * its menus reach (they need the window), so {@link #attach} connects them once, before the window is shown: no menu
 * can be used earlier. FX thread.
 */
final class WindowActions implements MainWindowActions {

    private IncidentActions incidents;
    private SourcesSettingsAction settings;
    private GrafanaImportAction grafanaImport;
    private LiveSession live;
    private Window owner;
    private Runnable saveLayout;

    void attach(IncidentActions incidents, SourcesSettingsAction settings, GrafanaImportAction grafanaImport,
                LiveSession live, Window owner, Runnable saveLayout) {
        if (this.incidents != null) {
            throw new IllegalStateException("the window's actions are attached once");
        }
        this.incidents = Objects.requireNonNull(incidents);
        this.settings = Objects.requireNonNull(settings);
        this.grafanaImport = Objects.requireNonNull(grafanaImport);
        this.live = Objects.requireNonNull(live);
        this.owner = Objects.requireNonNull(owner);
        this.saveLayout = Objects.requireNonNull(saveLayout);
    }

    @Override
    public void openSettings() {
        settings.run();
    }

    @Override
    public void importGrafanaDashboard() {
        grafanaImport.ask(owner, live::showImported);
    }

    @Override
    public void quit() {
        saveLayout.run();
        Platform.exit();
    }

    @Override
    public void newIncident() {
        incidents.newIncident();
    }

    @Override
    public void openIncident() {
        incidents.openIncident();
    }

    @Override
    public void openIncident(String folder) {
        incidents.openIncident(folder);
    }

    @Override
    public void shareIncident() {
        incidents.shareIncident();
    }

    @Override
    public void joinIncident() {
        incidents.joinIncident();
    }

    @Override
    public void newNote() {
        incidents.newNote();
    }

    @Override
    public void undoTimeline() {
        incidents.undo();
    }

    @Override
    public void redoTimeline() {
        incidents.redo();
    }
}
