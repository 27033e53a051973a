package sitrep.postmortem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.domain.EntryKind;
import sitrep.domain.WallClock;
import sitrep.postmortem.TemplateFields.Field;

/**
 * Reads a postmortem written in the standard template as people really write it (plain text, Markdown,
 * HTML; see the package's tests for the styles covered). It never drops text: what it cannot place goes
 * into the document's Unplaced note, and the {@link ImportReport} says what it guessed and what it could
 * not read.
 */
public final class PostmortemImporter {

    private static final Pattern USERS_SHARE = Pattern.compile(
            "(\\d{1,3}(?:\\.\\d+)?)\\s?%\\s+of\\s+(?:all\\s+|our\\s+|the\\s+)?(?:users|customers|clients|requests)");
    private static final Pattern TITLE_TAIL = Pattern.compile("[\\s\\-\u2013\u2014:,(]+$");

    public ImportResult importText(String input) {
        ImportContext ctx = new ImportContext();
        SourceLines.Result read = SourceLines.read(input);
        if (read.wasHtml()) {
            ctx.guesses.add("Read the document as HTML.");
        }
        if (read.fencesDropped() > 0) {
            ctx.guesses.add("Ignored " + read.fencesDropped() + " code fence line(s) (```).");
        }
        List<SourceLine> lines = read.lines();
        learnConventions(lines, ctx);

        PostmortemDocument.Builder doc = PostmortemDocument.builder();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (read.wasHtml()) {
            first = HeadingSplitter.pageTitle(lines, first, ctx);
        }
        boolean hasTitle = first < lines.size() && isTitle(lines.get(first));
        Optional<LocalDate> writtenTitleDate = hasTitle ? readTitle(lines.get(first).text(), doc, ctx) : Optional.empty();
        if (hasTitle) {
            first++;
        } else {
            ctx.problems.add("The document has no title line.");
        }
        ctx.baseDate = writtenTitleDate;

        List<HeadingSplitter.Block> blocks = HeadingSplitter.blocks(lines.subList(first, lines.size()));
        TemplateFields fields = new TemplateFields();
        List<SourceLine> timelineLines = new ArrayList<>();
        List<SourceLine> measureLines = new ArrayList<>();
        for (HeadingSplitter.Block block : blocks) {
            TemplateSection s = block.section().orElse(TemplateSection.UNPLACED);
            if (s == TemplateSection.TIMELINE) {
                timelineLines.addAll(block.lines());
            } else if (s == TemplateSection.MEASURES) {
                measureLines.addAll(block.lines());
            } else if (s == TemplateSection.APPENDIX && SitrepAppendix.isOwnBody(block.lines())) {
                ctx.guesses.add("Skipped the generated appendix \"" + block.heading() + "\": it is derived again.");
            } else {
                boolean notTemplate = block.section().isEmpty() || s == TemplateSection.APPENDIX;
                if (notTemplate && !block.heading().isEmpty()) {
                    ctx.problems.add("The section \"" + block.heading() + "\" is not part of the template: kept in Unplaced.");
                    fields.add(Field.UNPLACED, block.heading());
                }
                fields.read(notTemplate ? new HeadingSplitter.Block(Optional.empty(), block.heading(), block.lines())
                        : block, ctx);
            }
        }

        Optional<LocalDate> dateLine = Optional.empty();
        Optional<String> dateField = fields.take(Field.DATE);
        if (writtenTitleDate.isEmpty() && dateField.isPresent()) {
            // "Date: 2015-10-21" under the title: the day the times fall on, as a title's date would be.
            String dateText = dateField.get();
            Optional<DateParser.Found> written = DateParser.first(dateText, ctx.dateOrder, Optional.empty());
            if (written.isPresent()) {
                dateLine = Optional.of(written.get().date());
                doc.date(written.get().date());
                ctx.baseDate = dateLine;
            } else {
                ctx.problems.add("Could not read a date in \"" + TimelineReader.abbreviate(dateText)
                        + "\": kept in Unplaced.");
                fields.add(Field.UNPLACED, dateText);
            }
        }
        Optional<LocalDate> titleDate = writtenTitleDate.isPresent() ? writtenTitleDate : dateLine;
        WindowReader windows = new WindowReader(ctx);
        Optional<IncidentWindow> window = Optional.empty();
        if (fields.has(Field.DURATION)) {
            window = windows.fromDuration(fields.inOneLine(Field.DURATION), titleDate);
        } else if (fields.has(Field.START)) {
            window = windows.fromStartEnd(fields.inOneLine(Field.START),
                    fields.has(Field.END) ? Optional.of(fields.inOneLine(Field.END)) : Optional.empty(), titleDate);
        }
        ctx.baseDate = window.flatMap(IncidentWindow::start).map(LocalDateTime::toLocalDate).or(() -> titleDate);

        List<TimelineItem> timeline = new TimelineReader(ctx).read(timelineLines);
        if (window.isEmpty()) {
            window = proposeWindow(timeline, ctx);
        }
        boolean conclusionHeading = fields.has(Field.CONCLUSION);
        MeasuresReader.Result measures = new MeasuresReader(ctx).read(measureLines, conclusionHeading);
        String impact = fields.joined(Field.IMPACT);
        if (titleDate.isEmpty()) {
            // A title without a date: the summary (duration or impact) may still say when it was.
            String summary = fields.inOneLine(Field.DURATION) + " " + impact;
            DateParser.first(summary, ctx.dateOrder, Optional.empty()).ifPresent(found -> {
                doc.date(found.date());
                ctx.guesses.add("Dated the incident " + TemplateFormats.date(found.date()) + " from its summary.");
            });
        }

        doc.window(window.orElse(IncidentWindow.unknown()))
                .impact(new Impact(impact, usersShare(impact)))
                .timeline(timeline)
                .rootCause(fields.joined(Field.ROOT_CAUSE))
                .resolution(fields.joined(Field.RESOLUTION))
                .measures(measures.measures())
                .measuresClosing(measures.closing())
                .conclusion(measures.conclusion().orElse(fields.joined(Field.CONCLUSION)));
        List<String> unplaced = new ArrayList<>(fields.all(Field.UNPLACED));
        unplaced.addAll(ctx.unplaced);
        doc.unplaced(unplaced);
        if (!fields.has(Field.ROOT_CAUSE)) {
            ctx.problems.add("The document states no root cause.");
        }
        return new ImportResult(doc.build(), new ImportReport(ctx.guesses, ctx.problems));
    }

    /** The zone, the order of numeric dates and the clock style, from the whole document. */
    private static void learnConventions(List<SourceLine> lines, ImportContext ctx) {
        for (SourceLine line : lines) {
            Optional<LabelLine> label = LabelLine.parse(line.text());
            if (label.isPresent() && TemplateFields.labelled(label.get().key()) == Field.DURATION) {
                ctx.zone = ZoneParser.find(line.text()).map(ZoneParser.Found::label);
                break;
            }
        }
        for (SourceLine line : lines) {
            if (ctx.zone.isEmpty()) {
                ctx.zone = ZoneParser.find(line.text()).map(ZoneParser.Found::label);
            }
            if (WallClock.findAll(line.text()).stream().anyMatch(t -> t.meridiem().isPresent())) {
                ctx.twelveHourClock = true;
            }
        }
        if (ctx.zone.isPresent() && ZoneParser.isAmerican(ctx.zone.get())) {
            ctx.dateOrder = DateParser.Order.MONTH_FIRST;
        }
    }

    private static boolean isTitle(SourceLine line) {
        if (line.type() == SourceLine.Type.HEADING) {
            return TemplateSection.of(line.text()).isEmpty();
        }
        if (line.type() != SourceLine.Type.TEXT || HeadingSplitter.asHeading(line).isPresent()) {
            return false;
        }
        return LabelLine.parse(line.text()).map(l -> TemplateFields.labelled(l.key()) == null).orElse(true);
    }

    /** Splits "Service Outage - June 10, 2023" into the title and its date. */
    private static Optional<LocalDate> readTitle(String text, PostmortemDocument.Builder doc, ImportContext ctx) {
        String t = text.replaceAll("^(\\*\\*|__)(.*)\\1$", "$2").strip();
        List<DateParser.Found> dates = DateParser.findAll(t, ctx.dateOrder, Optional.empty());
        if (!dates.isEmpty()) {
            DateParser.Found last = dates.get(dates.size() - 1);
            if (t.substring(last.end()).matches("[\\s)\\]]*")) {
                if (last.ambiguous()) {
                    ctx.guesses.add("Read the ambiguous title date \"" + t.substring(last.start(), last.end())
                            + "\" as " + TemplateFormats.date(last.date()) + ".");
                }
                doc.title(TITLE_TAIL.matcher(t.substring(0, last.start())).replaceAll(""));
                doc.date(last.date());
                return Optional.of(last.date());
            }
        }
        doc.title(t);
        return Optional.empty();
    }

    /** Without a Duration line: from the first detection to the last resolution entry, as the editor does. */
    private static Optional<IncidentWindow> proposeWindow(List<TimelineItem> timeline, ImportContext ctx) {
        List<TimelineItem> timed = timeline.stream().filter(i -> i.at().isPresent()).toList();
        Optional<LocalDateTime> start = timed.stream().filter(i -> i.kind() == EntryKind.DETECTION)
                .findFirst().or(() -> timed.stream().findFirst()).flatMap(TimelineItem::at);
        if (start.isEmpty()) {
            ctx.problems.add("The document gives no duration, and the timeline no dated times to propose one.");
            return Optional.empty();
        }
        Optional<LocalDateTime> end = timed.stream().filter(i -> i.kind() == EntryKind.RESOLUTION)
                .reduce((a, b) -> b).flatMap(TimelineItem::at);
        ctx.guesses.add("No duration is written: proposed one from the timeline's first detection and last"
                + " resolution entries.");
        return Optional.of(new IncidentWindow(start, end, ctx.zone));
    }

    private static OptionalDouble usersShare(String impact) {
        Matcher m = USERS_SHARE.matcher(impact);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }
}
