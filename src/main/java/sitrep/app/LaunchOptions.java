package sitrep.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import sitrep.domain.SourceUrl;

/**
 * What the command line asked of the console for this run. Each present value overrides the saved
 * settings for the run only; nothing here is written back to the settings file.
 *
 * @param drill empty when no drill was asked for; a path, or {@link #BUILT_IN_DRILL} for the built-in one
 */
public record LaunchOptions(Optional<SourceUrl> prometheus, Optional<SourceUrl> alertmanager,
                            List<SourceUrl> statusPages, Optional<Path> incident, Optional<String> drill,
                            Optional<Path> config, boolean noDrill, Optional<String> drillFrom) {

    public static final String BUILT_IN_DRILL = "built-in";

    public LaunchOptions {
        statusPages = List.copyOf(statusPages);
    }

    public LaunchOptions(Optional<SourceUrl> prometheus, Optional<SourceUrl> alertmanager, List<SourceUrl> statusPages,
                         Optional<Path> incident, Optional<String> drill, Optional<Path> config) {
        this(prometheus, alertmanager, statusPages, incident, drill, config, false, Optional.empty());
    }

    /** The same run, but never falling back to the built-in drill when no source is configured. */
    public LaunchOptions withoutDrill() {
        return new LaunchOptions(prometheus, alertmanager, statusPages, incident, drill, config, true, drillFrom);
    }

    public static LaunchOptions none() {
        return new LaunchOptions(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public SettingsStore settingsStore() {
        return config.map(SettingsStore::new).orElseGet(SettingsStore::atDefaultLocation);
    }

    /** The saved settings with this run's command-line values laid over them, as a copy. */
    public EffectiveSources sources(Settings saved) {
        return new EffectiveSources(
                prometheus.map(SourceUrl::toString).or(() -> Optional.ofNullable(saved.prometheusUrl())),
                alertmanager.map(SourceUrl::toString).or(() -> Optional.ofNullable(saved.alertmanagerUrl())),
                statusPages.isEmpty()
                        ? saved.statusUrls()
                        : statusPages.stream().map(SourceUrl::toString).toList());
    }

    /** The sources in force for this run, whether they came from the settings or the command line. */
    public record EffectiveSources(Optional<String> prometheus, Optional<String> alertmanager,
                                   List<String> statusPages) {
        public boolean isEmpty() {
            return prometheus.isEmpty() && alertmanager.isEmpty() && statusPages.isEmpty();
        }
    }
}
