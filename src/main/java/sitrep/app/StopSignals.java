package sitrep.app;

import java.lang.System.Logger.Level;
import javafx.application.Platform;
import sitrep.concurrent.Daemons;
import sun.misc.Signal;

/**
 * A console stopped by a signal (a kill, Ctrl+C, the session ending) leaves the way Quit does: through the toolkit's
 * own exit, then the launching thread's drain of what is being written. Left to the JVM's default, the signal runs
 * the shutdown hooks at once, and JavaFX's hook stops its renderer while the FX thread may still be in a pulse,
 * which then fails with a stack trace on the terminal. A toolkit that does not leave within {@link #GRACE_MS} is
 * left behind the way the default would; once it has left, the drain of the last writes takes the time it needs.
 */
final class StopSignals {

    private static final System.Logger LOG = System.getLogger(StopSignals.class.getName());
    static final long GRACE_MS = 5_000;
    private static volatile boolean toolkitLeft;

    private StopSignals() {
    }

    /**
     * For SIGTERM and SIGINT from now on: {@code quit} runs on the FX thread, as the Quit menu item does (it saves the
     * layout and exits the toolkit). Call before the toolkit starts. Where the JVM has no such signal, nothing.
     */
    static void leaveThroughTheToolkit(Runnable quit) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    LOG.log(Level.INFO, "stopped by SIG" + name + ": closing the console");
                    Daemons.thread("sitrep-stop-grace", StopSignals::exitAfterGrace).start();
                    Platform.runLater(quit);
                });
            } catch (IllegalArgumentException notHere) {
                LOG.log(Level.DEBUG, "no SIG" + name + " to handle here: " + notHere.getMessage());
            }
        }
    }

    /** The toolkit has stopped (the launching thread is past {@code Application.launch}). */
    static void toolkitLeft() {
        toolkitLeft = true;
    }

    private static void exitAfterGrace() {
        try {
            Thread.sleep(GRACE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (toolkitLeft) {
            return;
        }
        LOG.log(Level.WARNING, "the window did not close within " + GRACE_MS / 1000 + " s of the signal; leaving");
        System.exit(TunedJvm.STOPPED_BY_TERMINATE);
    }
}
