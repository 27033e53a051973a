package sitrep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX loads {@code x.bss} in place of {@code x.css} when it is there; the build writes them (process-classes).
 * A binary form that lags behind its text would style the console with rules nobody can read.
 */
class BinaryStylesheetsTest {

    @Test
    void eachStylesheetHasABinaryFormWithTheSameRules() throws Exception {
        for (String css : List.of("/sitrep/ui/shell/sitrep.css", "/sitrep/ui/command/command.css")) {
            URL text = BinaryStylesheetsTest.class.getResource(css);
            URL binary = BinaryStylesheetsTest.class.getResource(css.replace(".css", ".bss"));
            assertThat(text).as(css).isNotNull();
            assertThat(binary).as("the binary form of %s (mvn process-classes)", css).isNotNull();

            List<String> parsed = rules(new CssParser().parse(text));
            List<String> loaded = rules(Stylesheet.loadBinary(binary));
            assertThat(parsed).as(css).isNotEmpty();
            assertThat(loaded).as("the rules of %s's binary form", css).isEqualTo(parsed);
        }
    }

    private static List<String> rules(Stylesheet sheet) {
        // getDeclarations(), not toString(): a binary rule reads its declarations when first asked for them.
        return sheet.getRules().stream().map(r -> r.getSelectors() + " " + r.getDeclarations()).toList();
    }
}
