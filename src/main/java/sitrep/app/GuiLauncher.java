package sitrep.app;

/** Starts the console window and returns its exit code once it closes. Tests substitute their own. */
@FunctionalInterface
public interface GuiLauncher {
    int launch(LaunchOptions options);
}
