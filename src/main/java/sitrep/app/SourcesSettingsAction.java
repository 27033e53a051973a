package sitrep.app;

import java.util.Optional;
import javafx.stage.Window;
import sitrep.ui.shell.MainWindowView;
import sitrep.ui.shell.SettingsDialog;
import sitrep.ui.shell.SettingsFormViewModel;
import sitrep.ui.shell.ShellViewModel;

/**
 * File > Settings…: sources, author and evidence cap. Saving reconnects the live side to the sources now in force;
 * real sources given while a drill plays end the drill. FX thread.
 */
final class SourcesSettingsAction {

    private final Window owner;
    private final LaunchOptions options;
    private final SettingsSaver settings;
    private final DrillSession drill;
    private final LiveSession live;
    private final MainWindowView view;
    private final ShellViewModel shell;

    SourcesSettingsAction(Window owner, LaunchOptions options, SettingsSaver settings, DrillSession drill,
                          LiveSession live, MainWindowView view, ShellViewModel shell) {
        this.owner = owner;
        this.options = options;
        this.settings = settings;
        this.drill = drill;
        this.live = live;
        this.view = view;
        this.shell = shell;
    }

    /** The sources the shell names in its hints: the command line's over the saved ones. */
    static ShellViewModel.Sources shellSources(LaunchOptions options, Settings settings) {
        LaunchOptions.EffectiveSources s = options.sources(settings);
        return new ShellViewModel.Sources(s.prometheus(), s.alertmanager(), s.statusPages());
    }

    void run() {
        Settings s = settings.settings();
        SettingsFormViewModel form = new SettingsFormViewModel(new SettingsFormViewModel.Values(
                Optional.ofNullable(s.prometheusUrl()), Optional.ofNullable(s.alertmanagerUrl()),
                s.statusUrls(), Optional.of(s.author()), s.evidenceCapMiB()));
        boolean overridden = options.prometheus().isPresent() || options.alertmanager().isPresent()
                || !options.statusPages().isEmpty();
        String hint = overridden
                ? "Sources given on the command line override these saved values for this run."
                : "Saved to " + settings.store().file();
        SettingsDialog.showAndWait(owner, form, hint).ifPresent(values -> {
            s.setPrometheusUrl(values.prometheus().orElse(null));
            s.setAlertmanagerUrl(values.alertmanager().orElse(null));
            s.setStatusUrls(values.statusPages());
            s.setAuthor(values.author().orElse(null));
            s.setEvidenceCapMiB(values.evidenceCapMiB());
            settings.save();
            live.disconnect();
            if (drill.playing() && !options.sources(s).isEmpty()) {
                drill.stop(view);
            }
            shell.setSources(shellSources(options, s));
            live.connect();
        });
    }
}
