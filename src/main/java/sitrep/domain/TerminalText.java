package sitrep.domain;

/**
 * Makes remote or user text safe to print on a terminal: control characters (ESC sequences, BEL, CR, line
 * breaks, every other C0 and C1 code, DEL) and the invisible bidi controls that reorder what a reader sees
 * are shown as visible escapes ({@code \x1b}, {@code \n}, {@code \u202e}), so a value can neither move the
 * cursor, recolour the screen, hide text nor forge a row. Machine output ({@code --json}) is not passed
 * through here: it stays exact.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /**
     * As {@link #escape}, but a document's line breaks ({@code \n}) stay line breaks: for a whole rendered export
     * shown on a terminal, which must still read as its lines while no line can move the cursor or forge another.
     */
    public static String escapeLines(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            sb.append(escape(text.substring(start, nl))).append('\n');
            start = nl + 1;
        }
        return sb.append(escape(text.substring(start))).toString();
    }

    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }
}
