package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An Xvfb screen of its own for a test that runs the real window in a child process; closed with the test. */
final class PrivateScreen implements AutoCloseable {

    private final Process xvfb;
    private final String display;

    private PrivateScreen(Process xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    /** Starts Xvfb on the first free display number from {@code from}; fails the test when it cannot. */
    static PrivateScreen start(int from, String size) throws IOException, InterruptedException {
        String display = null;
        for (int n = from; n < from + 60 && display == null; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                display = ":" + n;
            }
        }
        assertThat(display).as("a free X display number").isNotNull();
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", size + "x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(1));
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        assertThat(socket).as("Xvfb is running (apt-get install xvfb)").exists();
        return new PrivateScreen(xvfb, display);
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
