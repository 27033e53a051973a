package sitrep.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void plainTextIsUnchanged() {
        String s = "db-tcp/127.0.0.1:5432 – Grüße, 東京 ✓";
        assertThat(TerminalText.escape(s)).isSameAs(s);
    }

    @Test
    void everyControlAndBidiCharacterIsShownEscaped() {
        assertThat(TerminalText.escape("a\u001b]0;pwned\u0007b")).isEqualTo("a\\x1b]0;pwned\\x07b");
        assertThat(TerminalText.escape("ok\rFAKE")).isEqualTo("ok\\rFAKE");
        assertThat(TerminalText.escape("row\nforged row")).isEqualTo("row\\nforged row");
        assertThat(TerminalText.escape("c1\u009b31m")).isEqualTo("c1\\x9b31m");
        assertThat(TerminalText.escape("del\u007f")).isEqualTo("del\\x7f");
        assertThat(TerminalText.escape("abc\u202edcba\u2066x\u2069")).isEqualTo("abc\\u202edcba\\u2066x\\u2069");
        assertThat(TerminalText.escape("\u0000\u0008\u000b\u000c\u001f")).isEqualTo("\\x00\\x08\\x0b\\x0c\\x1f");
    }

    @Test
    void noEscapedTextContainsAControlCharacter() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        String out = TerminalText.escape(all.toString());
        assertThat(out.chars().filter(c -> TerminalText.unsafe((char) c))).isEmpty();
    }

    @Test
    void escapeLinesKeepsTheDocumentsLineBreaksAndEscapesTheRest() {
        assertThat(TerminalText.escapeLines("# Title\n\n- a \u001b[2Jb\r\n- c\u202e\n"))
                .isEqualTo("# Title\n\n- a \\x1b[2Jb\\r\n- c\\u202e\n");
        assertThat(TerminalText.escapeLines("no break")).isEqualTo("no break");
        assertThat(TerminalText.escapeLines("")).isEmpty();
    }
}
