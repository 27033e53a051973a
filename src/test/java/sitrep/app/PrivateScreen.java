package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** An Xvfb screen of its own for a test that runs the real window in a child process; closed with the test. */
final class PrivateScreen implements AutoCloseable {

    private final Process xvfb;
    private final String display;

    private PrivateScreen(Process xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    /**
     * Starts Xvfb on a display number it picks itself; fails the test when it cannot. Xvfb takes the number's lock
     * and then writes it (-displayfd) once it accepts clients: two builds on one machine, each choosing the first
     * number without a lock file, once took the same one and a console crashed when the other's server stopped.
     */
    static PrivateScreen start(String size) throws IOException {
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", size + "x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = displayNumber(xvfb);
        if (number == null) {
            xvfb.destroy();
        }
        assertThat(number).as("Xvfb is running and named its display (apt-get install xvfb)").isNotNull();
        return new PrivateScreen(xvfb, ":" + number);
    }

    /** The number Xvfb writes once it accepts clients; null if it ended, or wrote no number within 10 s. */
    private static String displayNumber(Process xvfb) {
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException ended) {
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            return line != null && line.strip().matches("\\d+") ? line.strip() : null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The DISPLAY value for a child process. */
    String display() {
        return display;
    }

    @Override
    public void close() {
        xvfb.destroy();
    }
}
