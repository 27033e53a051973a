package sitrep.ui.shell;

/** What the main window's menus ask of the application around it. */
public interface MainWindowActions {
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
