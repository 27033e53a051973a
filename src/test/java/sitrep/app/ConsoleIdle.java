package sitrep.app;

import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For tests of the whole console: an incident opens and settings are saved in the background, so a test waits for
 * that before it looks at the timeline or the settings file, as a person waits for "Opening…" to go.
 */
public final class ConsoleIdle {

    private ConsoleIdle() {
    }

    /** Waits until nothing is opening, closing or saving, and the FX thread has shown the outcome. */
    public static void await(Composition composition) {
        waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !composition.busy());
        } catch (TimeoutException e) {
            throw new AssertionError("the console was still opening an incident or saving settings after 20 s");
        }
        waitForFxEvents();
    }

    /** After {@code composition.stop()}: the last notes and settings are on disk when this returns. */
    public static void awaitStopped(Composition composition) {
        composition.awaitStopped(Duration.ofSeconds(10));
    }
}
