package sitrep.postmortem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");

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
        while (m.find()) {
            out.append(text, last, m.start());
            last = m.end();
            boolean closing = !m.group(1).isEmpty();
            String tag = m.group(2).toLowerCase(Locale.ROOT);
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
                case "p", "div", "tr", "table", "section", "main", "article", "pre", "blockquote", "figure",
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

    static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(name.substring(2), 16);
            } else if (name.startsWith("#")) {
                replacement = codePoint(name.substring(1), 10);
            } else {
                replacement = switch (name) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    case "ndash" -> "\u2013";
                    case "mdash" -> "\u2014";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
