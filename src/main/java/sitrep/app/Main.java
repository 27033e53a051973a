package sitrep.app;

import java.util.Optional;

/**
 * The entry point. It must not extend {@code Application}: on a plain classpath ({@code java -jar},
 * jpackage) the JavaFX launcher refuses such a main class.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // java -jar without Sitrep's JVM flags: the console runs in a second JVM that has them (TunedJvm), decided
        // first, before logging is set up: every millisecond here is added to that start.
        Optional<TunedJvm.Plan> tuned = TunedJvm.forThisProcess(args);
        if (tuned.isPresent()) {
            int code = TunedJvm.run(tuned.get());
            if (code >= 0) {
                System.exit(code);
            }
        }
        // Charts are drawn by Java2D into pixels the toolkit shows (docs/decisions/11-10): AWT never opens a window,
        // and headless it neither connects to the display beside the toolkit nor probes its X rendering.
        System.setProperty("java.awt.headless", "true");
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        // Without arguments the window opens straight away: building the command line reads every subcommand's
        // annotations (about 140 ms on two cores) on the way to a first frame that aims for under a second, and the
        // log is set up beside the toolkit's start (SitrepApp). SitrepCommandTest checks that the command line makes
        // the same options of no arguments.
        int code;
        if (args.length == 0) {
            code = SitrepApp.launchAndWait(LaunchOptions.none());
        } else {
            MaskingLogFormatter.install();
            code = SitrepCommand.commandLine(SitrepApp::launchAndWait).execute(args);
        }
        System.exit(code);
    }
}
