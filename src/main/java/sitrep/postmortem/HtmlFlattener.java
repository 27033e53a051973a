package sitrep.postmortem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Turns a postmortem written in HTML into the Markdown-like lines the importer reads: headings become
 * '#' lines, list items '-' or 'N.' lines (nested lists indented), bold becomes '**', other tags go and
 * entities are decoded. The head (title, styles) is dropped: the body repeats the title.
 */
final class HtmlFlattener {

    private static final Pattern LOOKS_LIKE_HTML =
            Pattern.compile("<(h[1-6]|p|li|ul|ol|div|br|html|body|table)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>");
    private static final Pattern DROPPED = Pattern.compile(
            "(?is)<head\\b.*?</head>|<style\\b.*?</style>|<!--.*?-->|<!DOCTYPE[^>]*>");
    private static final Pattern MARKER_ALONE = Pattern.compile("(?m)^([ ]*(?:-|\\d+\\.))[ ]*\n+[ ]*");
    private static final Pattern NUMERIC = Pattern.compile("&#([xX][0-9a-fA-F]+|\\d+);");

    private HtmlFlattener() {
    }

    static boolean looksLikeHtml(String text) {
        return LOOKS_LIKE_HTML.matcher(text).find();
    }

    static String flatten(String html) {
        String text = DROPPED.matcher(html).replaceAll("");
        StringBuilder out = new StringBuilder(text.length());
        Deque<int[]> lists = new ArrayDeque<>();
        Matcher m = TAG.matcher(text);
        int last = 0;
        int rowDepth = 0;
        while (m.find()) {
            out.append(text.substring(last, m.start()).replace('\n', rowDepth > 0 ? ' ' : '\n'));
            last = m.end();
            boolean closing = !m.group(1).isEmpty();
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            if (tag.equals("tr")) {
                // A row is one line, "| cell | cell |", as in Markdown: a timeline's time and event stay together.
                rowDepth = Math.max(0, rowDepth + (closing ? -1 : 1));
                out.append(closing ? "\n" : "\n| ");
                continue;
            }
            if (rowDepth > 0) {
                // Inside a cell, paragraphs and breaks (Confluence wraps each cell in <p>) are spaces.
                switch (tag) {
                    case "td", "th" -> out.append(closing ? " | " : "");
                    // Bold inside a cell ("<strong>Detection</strong>") is emphasis, not a label: plain words. A break
                    // or the end of a paragraph ends one of the cell's lines: "08:05 ...<br>08:12 ..." are two events.
                    case "br" -> out.append(TableRow.CELL_LINE);
                    case "p", "div", "li" -> out.append(closing ? TableRow.CELL_LINE : ' ');
                    case "ul", "ol", "span" -> out.append(' ');
                    default -> {
                        // inline: the text stays
                    }
                }
                continue;
            }
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" ->
                        out.append(closing ? "\n" : "\n" + "#".repeat(tag.charAt(1) - '0') + " ");
                case "ul", "ol" -> {
                    if (closing) {
                        lists.poll();
                    } else {
                        lists.push(new int[] {tag.equals("ol") ? 1 : 0});
                    }
                    out.append('\n');
                }
                case "li" -> {
                    if (!closing) {
                        // Indented up to MAX_INDENT levels: indenting every level made the text grow with the
                        // square of the nesting (50,000 nested lists of a 1.3 MB page needed gigabytes).
                        out.append('\n').append("   ".repeat(Math.min(MAX_INDENT, Math.max(0, lists.size() - 1))));
                        int[] list = lists.peek();
                        out.append(list != null && list[0] > 0 ? (list[0]++) + ". " : "- ");
                    }
                }
                case "strong", "b" -> out.append("**");
                case "br" -> out.append('\n');
                case "p", "div", "table", "section", "main", "article", "pre", "blockquote", "figure",
                        "figcaption", "header", "footer", "hr" -> out.append(closing ? "\n\n" : "\n");
                case "td", "th" -> out.append(closing ? " " : "");
                default -> {
                    // Inline tags (em, span, a, code ...) carry no structure; their text stays.
                }
            }
        }
        out.append(text.substring(last));
        // A list item whose content is a paragraph (<li><p>...) puts its text on the marker's line.
        String joined = MARKER_ALONE.matcher(out).replaceAll("$1 ");
        return decodeEntities(joined);
    }

    /** Nested lists deeper than this are shown at this depth. */
    private static final int MAX_INDENT = 8;

    /** A numeric character reference; one that names no character (too large, a surrogate) is U+FFFD, as HTML says. */
    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0) {
                return new String(Character.toChars(cp));
            }
        } catch (NumberFormatException e) {
            // More digits than an int holds: no character either.
        }
        return "\uFFFD";
    }

    /**
     * Character references as a browser reads them: every HTML name (&rsquo; &hellip; &eacute; ...), numeric
     * ones, and those that name no character as U+FFFD.
     */
    static String decodeEntities(String text) {
        Matcher m = NUMERIC.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String digits = m.group(1);
            String replacement = digits.startsWith("x") || digits.startsWith("X") ? codePoint(digits.substring(1), 16)
                    : codePoint(digits, 10);
            // Re-escaped so the library's pass leaves it as it is ("&#38;lt;" is the text "&lt;").
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.equals("&") ? "&amp;" : replacement));
        }
        m.appendTail(out);
        return Parser.unescapeEntities(out.toString(), false);
    }
}
