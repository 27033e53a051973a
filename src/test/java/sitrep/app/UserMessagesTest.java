package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.google.gson.JsonParseException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import sitrep.domain.LibraryText;

class UserMessagesTest {

    @Test
    void fileProblemsAndLibraryFailuresBecomeOnePlainLine() {
        assertThat(UserMessages.of(new AccessDeniedException("/srv/inc"))).isEqualTo("permission denied: /srv/inc");
        assertThat(UserMessages.of(new NoSuchFileException("/nope/deeper/incident.json")))
                .isEqualTo("no such folder: /nope/deeper");
        assertThat(UserMessages.of(new NullPointerException("Cannot invoke \"String.length()\"")))
                .doesNotContain("String").doesNotContain("NullPointer").contains("unexpected")
                .doesNotContain("log"); // the command line does not show its debug log: no pointing there
        JsonParseException gson = null;
        try {
            JsonParser.parseString("{\"a\": tru");
        } catch (JsonParseException e) {
            gson = e;
        }
        assertThat(UserMessages.of(gson)).startsWith("not valid JSON").doesNotContain("setStrictness")
                .doesNotContain("gson").doesNotContain("See ");
        assertThat(LibraryText.plain("Too deep\nSee https://github.com/google/gson/x")).isEqualTo("Too deep");
        assertThat(LibraryText.plain("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON at line 1"
                + " column 1 path $")).isEqualTo("at line 1 column 1");
        assertThat(LibraryText.plain("java.lang.IllegalStateException: Expected BEGIN_ARRAY but was BEGIN_OBJECT at line 1"
                + " column 2 path $")).isEqualTo("expected a list but found an object at line 1 column 2 path $");
        assertThat(LibraryText.plain("java.io.IOException: Is a directory")).isEqualTo("Is a directory");
        assertThat(UserMessages.of(new IllegalStateException("bad \u001b[31m"))).isEqualTo("bad \\x1b[31m");
    }
}
