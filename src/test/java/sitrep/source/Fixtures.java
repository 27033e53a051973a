package sitrep.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the captured drill responses from src/test/resources/fixtures/drill/. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String drill(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/drill/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
