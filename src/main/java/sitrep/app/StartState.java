package sitrep.app;

import java.time.Clock;
import sitrep.domain.SecretMask;
import sitrep.incident.sync.StorePassword;

/**
 * What the console reads before it builds its window: the settings and the drill to play (a scenario parsed from
 * the jar or a file). Any thread: {@link SitrepApp} reads it while the toolkit starts.
 */
record StartState(SettingsStore.Loaded loaded, DrillChoice choice) {

    static StartState read(LaunchOptions options, SettingsStore store, Clock clock) {
        return read(options, store.load(), clock);
    }

    /** As {@link #read(LaunchOptions, SettingsStore, Clock)}, with the settings already loaded. */
    static StartState read(LaunchOptions options, SettingsStore.Loaded loaded, Clock clock) {
        // Before a note is typed: the team store's passwords from the environment, as the command line learns them.
        StorePassword.every(System.getenv()).forEach(SecretMask::remember);
        return new StartState(loaded, DrillChoice.decide(options, loaded.settings(), clock));
    }
}
