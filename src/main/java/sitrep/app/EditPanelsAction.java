package sitrep.app;

import java.time.Clock;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import sitrep.source.MetricSource;
import sitrep.ui.dashboard.PanelEditorDialog;
import sitrep.ui.dashboard.PanelEditorViewModel;
import sitrep.ui.shell.ShellViewModel;

/** The dashboard's "Edit panels…": the editor dialog over the default panels, saved to the settings. FX thread. */
final class EditPanelsAction {

    private final SettingsSaver settings;
    private final ShellViewModel shell;
    private final Node owner;
    private final Supplier<Clock> clock;

    EditPanelsAction(SettingsSaver settings, ShellViewModel shell, Node owner, Supplier<Clock> clock) {
        this.settings = settings;
        this.shell = shell;
        this.owner = owner;
        this.clock = clock;
    }

    void run(LiveDashboard dashboard, MetricSource metrics) {
        Settings s = settings.settings();
        if (s.activePanelSet() != null) {
            shell.showNotice("\"" + s.activePanelSet() + "\" is an imported Grafana dashboard: edit it in"
                    + " Grafana and import it again, or choose Default panels above the charts to edit those.");
            return;
        }
        PanelEditorViewModel editor = new PanelEditorViewModel(dashboard.viewModel().definitions());
        PanelEditorDialog.showAndWait(owner.getScene().getWindow(), editor, metrics, () -> clock.get().instant(),
                dashboard.background(), Platform::runLater, s.defaultPanels()).ifPresent(panels -> {
                    s.setPanels(panels);
                    settings.save();
                    dashboard.viewModel().setDefinitions(panels);
                });
    }
}
