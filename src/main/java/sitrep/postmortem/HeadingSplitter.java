package sitrep.postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.domain.WallClock;

/**
 * Splits a postmortem's lines into blocks under its headings, as people mark them ("## Timeline",
 * "**Timeline**", "Timeline:"); a date line inside the timeline and a group of measures stay in their block.
 */
final class HeadingSplitter {

    private static final Pattern BOLD_LINE = Pattern.compile("^(\\*\\*|__)(.+?)\\1\\s*:?$");
    private static final Pattern MEASURE_GROUP = Pattern.compile(
            "(?i)\\b(fix|fixes|measures?|term|actions?|prevent\\w*|improvements?|follow-?ups?|remediation)\\b");

    /** A run of lines under one heading. */
    record Block(Optional<TemplateSection> section, String heading, List<SourceLine> lines) {
    }

    private HeadingSplitter() {
    }

    /** A line that acts as a heading: "Timeline:", "**Timeline**", "Root Cause and Resolution". */
    static Optional<String> asHeading(SourceLine line) {
        if (line.type() == SourceLine.Type.HEADING) {
            return Optional.of(line.text());
        }
        if (line.type() != SourceLine.Type.TEXT) {
            return Optional.empty();
        }
        Matcher bold = BOLD_LINE.matcher(line.text());
        if (bold.matches()) {
            return Optional.of(bold.group(2));
        }
        return TemplateSection.of(line.text()).isPresent() && line.text().length() <= 60
                ? Optional.of(line.text()) : Optional.empty();
    }

    /**
     * Where a web page's title is: its first-level heading, whatever navigation comes before it (Confluence's
     * breadcrumbs made "the document has no title line"). The lines before it are kept in Unplaced and said.
     */
    static int pageTitle(List<SourceLine> lines, int first, ImportContext ctx) {
        for (int i = first; i < lines.size() && i < first + 40; i++) {
            SourceLine line = lines.get(i);
            if (line.type() == SourceLine.Type.HEADING && "#".equals(line.marker())) {
                List<String> before = lines.subList(first, i).stream().filter(l -> !l.isBlank())
                        .map(SourceLine::original).toList();
                if (!before.isEmpty()) {
                    ctx.unplaced.addAll(before);
                    ctx.guesses.add("Took the page's heading as its title; the " + before.size()
                            + " line(s) before it (navigation?) are kept in Unplaced.");
                }
                return i;
            }
            if (line.type() == SourceLine.Type.HEADING) {
                break; // a section before any page heading: no page title to look for
            }
        }
        return first;
    }

    /** A plain line "Root cause: ..." (a section's label with its text, no time) under a timeline opens that section. */
    private static Optional<TemplateSection> labelledSection(SourceLine line, Block current) {
        if (line.type() != SourceLine.Type.TEXT || !current.section().equals(Optional.of(TemplateSection.TIMELINE))
                || WallClock.at(line.text(), 0).isPresent()) {
            return Optional.empty();
        }
        return LabelLine.parse(line.text()).filter(l -> !l.value().isEmpty() && l.words() <= 4)
                .flatMap(l -> TemplateSection.of(l.label()))
                .filter(s -> s != TemplateSection.TIMELINE && s != TemplateSection.UNPLACED
                        && s != TemplateSection.APPENDIX);
    }

    /**
     * The line with a table cell's lines joined by spaces: only a timeline reads them apart (one event a line), and
     * elsewhere the separator would reach the document's text.
     */
    private static SourceLine oneLine(SourceLine line) {
        return line.text().indexOf(TableRow.CELL_LINE) < 0 ? line
                : new SourceLine(line.type(), line.indent(), line.text().replace(TableRow.CELL_LINE, ' '), line.marker());
    }

    /** The lines in blocks, one per heading; the lines before the first heading form a block without one. */
    static List<Block> blocks(List<SourceLine> lines) {
        List<Block> blocks = new ArrayList<>();
        Block current = new Block(Optional.empty(), "", new ArrayList<>());
        for (SourceLine line : lines) {
            Optional<String> heading = asHeading(line);
            if (heading.isPresent()) {
                Optional<TemplateSection> section = TemplateSection.of(heading.get());
                boolean dateInTimeline = section.isEmpty()
                        && current.section().equals(Optional.of(TemplateSection.TIMELINE))
                        && DateParser.first(heading.get(), DateParser.Order.DAY_FIRST, Optional.of(2000)).isPresent();
                if (dateInTimeline) {
                    current.lines().add(new SourceLine(SourceLine.Type.TEXT, 0, heading.get(), ""));
                    continue;
                }
                if (section.isEmpty() && current.section().equals(Optional.of(TemplateSection.MEASURES))
                        && MEASURE_GROUP.matcher(heading.get()).find()) {
                    // "Short-term fixes", "Long-term measures": a group of measures, not a section of its own.
                    current.lines().add(new SourceLine(SourceLine.Type.HEADING, 0,
                            heading.get().replaceAll("[*_]", "").replaceAll(":\\s*$", "").strip(), ""));
                    continue;
                }
                blocks.add(current);
                current = new Block(section, heading.get().replaceAll("[*_]", "").strip(), new ArrayList<>());
                continue;
            }
            Optional<TemplateSection> labelled = labelledSection(line, current);
            if (labelled.isPresent()) {
                // "Root cause: a runaway log." after a plain-text timeline ends it: it was read as the last event,
                // and the document then said it stated no root cause.
                blocks.add(current);
                current = new Block(labelled, "", new ArrayList<>(List.of(oneLine(line))));
                continue;
            }
            current.lines().add(current.section().equals(Optional.of(TemplateSection.TIMELINE)) ? line : oneLine(line));
        }
        blocks.add(current);
        return blocks;
    }
}
