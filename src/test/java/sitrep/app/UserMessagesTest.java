package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.google.gson.JsonParseException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class UserMessagesTest {

    @Test
    void fileProblemsAndLibraryFailuresBecomeOnePlainLine() {
        assertThat(UserMessages.of(new AccessDeniedException("/srv/inc"))).isEqualTo("permission denied: /srv/inc");
        assertThat(UserMessages.of(new NoSuchFileException("/nope/deeper/incident.json")))
                .isEqualTo("no such folder: /nope/deeper");
        assertThat(UserMessages.of(new NullPointerException("Cannot invoke \"String.length()\"")))
                .doesNotContain("String").doesNotContain("NullPointer").contains("unexpected");
        JsonParseException gson = null;
        try {
            JsonParser.parseString("{\"a\": tru");
        } catch (JsonParseException e) {
            gson = e;
        }
        assertThat(UserMessages.of(gson)).startsWith("not valid JSON").doesNotContain("setStrictness")
                .doesNotContain("gson").doesNotContain("See ");
        assertThat(UserMessages.stripLibraryHints("Too deep\nSee https://github.com/google/gson/x"))
                .isEqualTo("Too deep");
        assertThat(UserMessages.of(new IllegalStateException("bad \u001b[31m"))).isEqualTo("bad \\x1b[31m");
    }
}
