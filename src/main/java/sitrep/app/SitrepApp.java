package sitrep.app;

import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. Started by {@link Main} through {@link #launchAndWait}, never as a main class. */
public final class SitrepApp extends Application {

    private static volatile LaunchOptions pending = LaunchOptions.none();
    private Composition composition;

    /** Opens the console and blocks until it is closed. */
    static int launchAndWait(LaunchOptions options) {
        pending = options;
        Application.launch(SitrepApp.class);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = pending;
        composition = new Composition(options, options.settingsStore(), Clock.systemDefaultZone());
        composition.setBrowser(getHostServices()::showDocument);
        composition.start(stage);
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.stop();
        }
    }
}
