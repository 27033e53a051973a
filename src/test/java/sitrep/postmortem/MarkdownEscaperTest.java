package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownEscaperTest {

    /** The expressions the escaper replaced, as the oracle its one pass must agree with. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>&|~])");
    private static final Pattern BLOCK_START = Pattern.compile("(?m)^(\\s*)([#>+=-])");
    private static final Pattern ORDERED_START = Pattern.compile("(?m)^(\\s*\\d{1,9})([.)])");

    private static String inlineByExpression(String text) {
        return INLINE.matcher(text).replaceAll("\\\\$1");
    }

    private static String blockByExpression(String text) {
        String escaped = BLOCK_START.matcher(inlineByExpression(text)).replaceAll("$1\\\\$2");
        return ORDERED_START.matcher(escaped).replaceAll("$1\\\\$2");
    }

    @Test
    void escapesWhatWouldChangeTheDocument() {
        assertThat(MarkdownEscaper.inline("a <script> & *b* [c](d) `e` ~f~ | g_h \\"))
                .isEqualTo("a \\<script\\> \\& \\*b\\* \\[c\\](d) \\`e\\` \\~f\\~ \\| g\\_h \\\\");
        assertThat(MarkdownEscaper.block(
                "# not a heading\n  > not a quote\n- not a list\n12. not ordered\n1234567890. too long"))
                .isEqualTo(
                "\\# not a heading\n  \\> not a quote\n\\- not a list\n12\\. not ordered\n1234567890. too long");
        assertThat(MarkdownEscaper.block("plain text, 3. in the middle - and # too")).isEqualTo(
                "plain text, 3. in the middle - and # too");
        assertThat(MarkdownEscaper.continued("first\n- second", "  ")).isEqualTo("first\n  \\- second");
    }

    @Test
    void lineStartsAreThoseOfAMultilineCaret() {
        // "\r\n" is one line end; U+2028 and U+0085 end a line too, and leading white space runs over blank lines.
        for (String text : new String[] {"a\r\n#", "a\r#", "a\u2028-", "a\u0085+", "\n\n  \t#", "x\f#", "\n\f1)",
                "\u2028\u2028=", "9.", "\r\n\r\n42)", "a\n", "\n", ""}) {
            assertThat(MarkdownEscaper.block(text)).as(text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(blockByExpression(text));
        }
    }

    @Test
    void agreesWithTheExpressionsOnRandomText() {
        char[] alphabet = {' ', '\t', '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029', '#', '>', '+', '=', '-',
            '0', '1', '5', '9', '.', ')', 'a', 'Z', '*', '\\', '_', '|', '<', '&', 'é', '\u00a0'};
        Random random = new Random(20261202L);
        for (int round = 0; round < 200_000; round++) {
            int length = random.nextInt(round % 10 == 0 ? 40 : 14);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                // Runs of digits as often as single characters, so nine and ten digit markers come up.
                if (random.nextInt(8) == 0) {
                    text.append("1234567890", 0, 1 + random.nextInt(10));
                } else {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
            }
            String s = text.toString();
            assertThat(MarkdownEscaper.inline(s)).as("inline %s", escapeForMessage(s)).isEqualTo(inlineByExpression(s));
            assertThat(MarkdownEscaper.block(s)).as("block %s", escapeForMessage(s)).isEqualTo(blockByExpression(s));
        }
    }

    private static String escapeForMessage(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c < ' ' || c > '~' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
