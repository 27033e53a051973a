package sitrep.postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an imported postmortem into {@link SourceLine}s: HTML is flattened first, code fences that
 * people paste around (or into) a postmortem are dropped as markup, Markdown headings are recognised
 * with or without a space after '#', and setext underlines turn the line above into a heading.
 */
final class SourceLines {

    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern ATX = Pattern.compile("^\\s{0,3}(#{1,6})\\s*(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-{3,})\\s*$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([-*+\u2022\u2013])\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,3}[.)])\\s+(.*)$");

    private SourceLines() {
    }

    /** The lines, plus a count of code fences dropped (reported as a guess by the caller). */
    record Result(List<SourceLine> lines, int fencesDropped, boolean wasHtml) {
    }

    static Result read(String input) {
        String text = input.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean html = HtmlFlattener.looksLikeHtml(text);
        if (html) {
            text = HtmlFlattener.flatten(text);
        }
        List<SourceLine> lines = new ArrayList<>();
        int fences = 0;
        for (String raw : text.split("\n", -1)) {
            String line = raw.replace('\t', ' ').replace('\u00a0', ' ').stripTrailing();
            if (FENCE.matcher(line).matches()) {
                fences++;
                continue;
            }
            if (line.isBlank()) {
                lines.add(SourceLine.blank());
                continue;
            }
            Matcher setext = SETEXT.matcher(line);
            if (setext.matches()) {
                SourceLine previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (previous != null && previous.type() == SourceLine.Type.TEXT) {
                    lines.set(lines.size() - 1, new SourceLine(SourceLine.Type.HEADING, 0, previous.text(), ""));
                }
                // Otherwise a horizontal rule: markup with no text.
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches() && !atx.group(2).isEmpty()) {
                lines.add(new SourceLine(SourceLine.Type.HEADING, 0, atx.group(2), atx.group(1)));
                continue;
            }
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches()) {
                lines.add(new SourceLine(SourceLine.Type.NUMBERED, numbered.group(1).length(), numbered.group(3),
                        numbered.group(2)));
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches() && !line.strip().startsWith("**")) {
                lines.add(new SourceLine(SourceLine.Type.BULLET, bullet.group(1).length(), bullet.group(3),
                        bullet.group(2)));
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            lines.add(new SourceLine(SourceLine.Type.TEXT, indent, line.strip(), ""));
        }
        // Markdown backslash escapes (ours or the author's) are markup; the character itself is the text.
        List<SourceLine> unescaped = lines.stream()
                .map(l -> new SourceLine(l.type(), l.indent(), MARKDOWN_ESCAPE.matcher(l.text()).replaceAll("$1"), l.marker()))
                .toList();
        return new Result(unescaped, fences, html);
    }
}
