package sitrep.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A library's exception message as words for a person: its first line, without the class names it prefixes,
 * the advice it gives programmers ("Use JsonReader.setStrictness(...)", "See https://...") or its token names
 * ({@code BEGIN_ARRAY}). The one place such messages are cleaned, for the command line and the sources alike.
 */
public final class LibraryText {

    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*: *");
    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");
    private static final String[] ADVICE = {"See https://", "Use JsonReader.", "use JsonReader.", "Use Gson",
        "com.google.gson.", "java.lang.", "java.io.", "okhttp3."};
    private static final String[][] GSON_TOKENS = {{"BEGIN_ARRAY", "a list"}, {"BEGIN_OBJECT", "an object"},
        {"END_ARRAY", "the end of a list"}, {"END_OBJECT", "the end of an object"}, {"END_DOCUMENT", "the end"},
        {"STRING", "a string"}, {"NUMBER", "a number"}, {"BOOLEAN", "true or false"}, {"NULL", "null"},
        {"NAME", "a name"}};

    private LibraryText() {
    }

    /** The message as one plain line; "unreadable input" when nothing of it is left. */
    public static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        String line = message.strip();
        int nl = line.indexOf('\n');
        line = (nl < 0 ? line : line.substring(0, nl)).strip();
        for (Matcher m = CLASS_PREFIX.matcher(line); m.find(); m = CLASS_PREFIX.matcher(line)) {
            line = line.substring(m.end());
        }
        String where = where(line);
        for (String cut : ADVICE) {
            int at = line.indexOf(cut);
            if (at >= 0) {
                line = line.substring(0, at).strip();
            }
        }
        if (line.startsWith("Expected ")) {
            line = "expected " + line.substring("Expected ".length()).replace(" but was ", " but found ");
        }
        if (line.startsWith("expected ")) {
            for (String[] token : GSON_TOKENS) {
                line = line.replaceAll("\\b" + token[0] + "\\b", token[1]);
            }
        }
        line = line.replaceAll("[;,:.]+$", "").strip();
        if (!where.isEmpty() && !line.contains(where.strip())) {
            line = line.isEmpty() ? where.strip() : line + where;
        }
        return line.isEmpty() ? "unreadable input" : line;
    }

    /** " at line L column C" when the message names a place in a document, else "". */
    public static String where(String message) {
        Matcher m = WHERE.matcher(message == null ? "" : message);
        return m.find() ? " at line " + m.group(1) + " column " + m.group(2) : "";
    }
}
