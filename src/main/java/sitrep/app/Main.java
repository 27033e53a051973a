package sitrep.app;

/**
 * The entry point. It must not extend {@code Application}: on a plain classpath ({@code java -jar},
 * jpackage) the JavaFX launcher refuses such a main class.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        MaskingLogFormatter.install();
        int code = SitrepCommand.commandLine(SitrepApp::launchAndWait).execute(args);
        System.exit(code);
    }
}
