package sitrep.postmortem;

/**
 * Makes user text literal in GitHub-flavoured Markdown: inline punctuation that would start emphasis,
 * code, links or raw HTML is backslash-escaped, and so is a line start that would open a block
 * (heading, quote, list). Without this a note containing "<script>" or "*" would change the document.
 *
 * <p>One pass over the characters, not regular expressions: a 1,000-entry export escapes some 3,000
 * strings, and the three expressions it took were a third of its time and moved it by a fifth between JVMs.
 * The result is the same string the expressions gave ({@code ([\\`*_\[\]<>&|~])} anywhere, then
 * {@code (?m)^(\s*)([#>+=-])} and {@code (?m)^(\s*\d{1,9})([.)])}), checked against them on random text
 * by the tests.
 */
final class MarkdownEscaper {

    /** Punctuation escaped wherever it stands. */
    private static final String INLINE = "\\`*_[]<>&|~";
    /** Characters escaped as a line's first after its leading white space: heading, quote, list, setext rule. */
    private static final String BLOCK_START = "#>+=-";
    /** Digits before an ordered list's marker, at most (CommonMark's limit). */
    private static final int ORDERED_DIGITS = 9;

    private MarkdownEscaper() {
    }

    /** Text that sits after a marker on the same line (a bullet, a bold label). */
    static String inline(String text) {
        int first = 0;
        while (first < text.length() && INLINE.indexOf(text.charAt(first)) < 0) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A paragraph of its own: inline escapes plus block-start escapes on every line. A line start is the text's
     * start or the place after a line terminator (as {@code (?m)^}: "\r\n" is one); its leading white space may
     * run over blank lines to the first character that is not white space.
     */
    static String block(String text) {
        String s = inline(text);
        StringBuilder out = new StringBuilder(s.length() + 8);
        int n = s.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            if (lineStart) {
                lineStart = false;
                int j = i;
                while (j < n && isSpace(s.charAt(j))) {
                    j++;
                }
                int marker = markerAt(s, j);
                if (marker >= 0) {
                    out.append(s, i, marker).append('\\').append(s.charAt(marker));
                    i = marker + 1;
                    continue;
                }
                // No marker: the white space is copied as it is, and a line start inside it finds the same first
                // character, so the next line start to look at comes after that character.
                out.append(s, i, j);
                i = j;
                if (i == n) {
                    break;
                }
            }
            char c = s.charAt(i);
            out.append(c);
            i++;
            lineStart = isLineTerminator(c) && !(c == '\r' && i < n && s.charAt(i) == '\n');
        }
        return out.toString();
    }

    /** Inline text whose later lines continue a list item, so they are indented under it. */
    static String continued(String text, String indent) {
        return block(text).replace("\n", "\n" + indent);
    }

    /**
     * Where the character to escape is, for a line whose first character after white space is at {@code at}: that
     * character if it opens a block, the "." or ")" after one to nine digits if they make an ordered list's marker,
     * else -1.
     */
    private static int markerAt(String s, int at) {
        if (at >= s.length()) {
            return -1;
        }
        if (BLOCK_START.indexOf(s.charAt(at)) >= 0) {
            return at;
        }
        int k = at;
        while (k < s.length() && k - at <= ORDERED_DIGITS && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
        }
        int digits = k - at;
        boolean ordered = digits >= 1 && digits <= ORDERED_DIGITS && k < s.length()
                && (s.charAt(k) == '.' || s.charAt(k) == ')');
        return ordered ? k : -1;
    }

    /** As {@code \s} in a Java pattern: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The line terminators after which {@code (?m)^} matches. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
