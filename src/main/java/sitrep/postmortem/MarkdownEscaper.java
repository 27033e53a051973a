package sitrep.postmortem;

import java.util.regex.Pattern;

/**
 * Makes user text literal in GitHub-flavoured Markdown: inline punctuation that would start emphasis,
 * code, links or raw HTML is backslash-escaped, and so is a line start that would open a block
 * (heading, quote, list). Without this a note containing "<script>" or "*" would change the document.
 */
final class MarkdownEscaper {

    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>&|~])");
    private static final Pattern BLOCK_START = Pattern.compile("(?m)^(\\s*)([#>+=-])");
    private static final Pattern ORDERED_START = Pattern.compile("(?m)^(\\s*\\d{1,9})([.)])");

    private MarkdownEscaper() {
    }

    /** Text that sits after a marker on the same line (a bullet, a bold label). */
    static String inline(String text) {
        return INLINE.matcher(text).replaceAll("\\\\$1");
    }

    /** A paragraph of its own: inline escapes plus block-start escapes on every line. */
    static String block(String text) {
        String escaped = BLOCK_START.matcher(inline(text)).replaceAll("$1\\\\$2");
        return ORDERED_START.matcher(escaped).replaceAll("$1\\\\$2");
    }

    /** Inline text whose later lines continue a list item, so they are indented under it. */
    static String continued(String text, String indent) {
        return block(text).replace("\n", "\n" + indent);
    }
}
