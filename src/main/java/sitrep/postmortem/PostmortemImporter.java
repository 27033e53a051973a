package sitrep.postmortem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.domain.EntryKind;
import sitrep.domain.WallClock;

/**
 * Reads a postmortem written in the standard template as people really write it (plain text, Markdown,
 * HTML; see the package's tests for the styles covered). It never drops text: what it cannot place goes
 * into the document's Unplaced note, and the {@link ImportReport} says what it guessed and what it could
 * not read.
 */
public final class PostmortemImporter {

    /** Where a label or an unlabelled paragraph puts its text. */
    private enum Field { DURATION, START, END, DATE, IMPACT, ROOT_CAUSE, RESOLUTION, CONCLUSION, UNPLACED }

    private static final Map<String, Field> LABELS = Map.ofEntries(
            Map.entry("duration", Field.DURATION), Map.entry("time", Field.DURATION),
            Map.entry("when", Field.DURATION), Map.entry("outage window", Field.DURATION),
            Map.entry("start", Field.START), Map.entry("start time", Field.START), Map.entry("started", Field.START),
            Map.entry("end", Field.END), Map.entry("end time", Field.END), Map.entry("ended", Field.END),
            Map.entry("date", Field.DATE), Map.entry("incident date", Field.DATE), Map.entry("day", Field.DATE),
            Map.entry("impact", Field.IMPACT), Map.entry("user impact", Field.IMPACT),
            Map.entry("customer impact", Field.IMPACT),
            Map.entry("root cause", Field.ROOT_CAUSE), Map.entry("cause", Field.ROOT_CAUSE),
            Map.entry("resolution", Field.RESOLUTION), Map.entry("fix", Field.RESOLUTION),
            Map.entry("conclusion", Field.CONCLUSION));
    private static final Pattern USERS_SHARE = Pattern.compile(
            "(\\d{1,3}(?:\\.\\d+)?)\\s?%\\s+of\\s+(?:all\\s+|our\\s+|the\\s+)?(?:users|customers|clients|requests)");
    private static final Pattern CONCLUDING = Pattern.compile("(?i)(in conclusion|to conclude|to summari[sz]e)\\b");
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
        Map<Field, List<String>> fields = new EnumMap<>(Field.class);
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
                    add(fields, Field.UNPLACED, block.heading());
                }
                readFields(notTemplate ? new HeadingSplitter.Block(Optional.empty(), block.heading(), block.lines())
                        : block, fields, ctx);
            }
        }

        Optional<LocalDate> dateLine = Optional.empty();
        if (writtenTitleDate.isEmpty() && fields.containsKey(Field.DATE)) {
            // "Date: 2015-10-21" under the title: the day the times fall on, as a title's date would be.
            String dateText = String.join(" ", fields.remove(Field.DATE));
            Optional<DateParser.Found> written = DateParser.first(dateText, ctx.dateOrder, Optional.empty());
            if (written.isPresent()) {
                dateLine = Optional.of(written.get().date());
                doc.date(written.get().date());
                ctx.baseDate = dateLine;
            } else {
                ctx.problems.add("Could not read a date in \"" + TimelineReader.abbreviate(dateText)
                        + "\": kept in Unplaced.");
                add(fields, Field.UNPLACED, dateText);
            }
        }
        fields.remove(Field.DATE);
        Optional<LocalDate> titleDate = writtenTitleDate.isPresent() ? writtenTitleDate : dateLine;
        WindowReader windows = new WindowReader(ctx);
        Optional<IncidentWindow> window = Optional.empty();
        if (fields.containsKey(Field.DURATION)) {
            window = windows.fromDuration(String.join(" ", fields.get(Field.DURATION)), titleDate);
        } else if (fields.containsKey(Field.START)) {
            window = windows.fromStartEnd(String.join(" ", fields.get(Field.START)),
                    Optional.ofNullable(fields.get(Field.END)).map(e -> String.join(" ", e)), titleDate);
        }
        ctx.baseDate = window.flatMap(IncidentWindow::start).map(LocalDateTime::toLocalDate).or(() -> titleDate);

        List<TimelineItem> timeline = new TimelineReader(ctx).read(timelineLines);
        if (window.isEmpty()) {
            window = proposeWindow(timeline, ctx);
        }
        boolean conclusionHeading = fields.containsKey(Field.CONCLUSION);
        MeasuresReader.Result measures = new MeasuresReader(ctx).read(measureLines, conclusionHeading);
        String impact = joined(fields, Field.IMPACT);
        if (titleDate.isEmpty()) {
            // A title without a date: the summary (duration or impact) may still say when it was.
            String summary = String.join(" ", fields.getOrDefault(Field.DURATION, List.of())) + " " + impact;
            DateParser.first(summary, ctx.dateOrder, Optional.empty()).ifPresent(found -> {
                doc.date(found.date());
                ctx.guesses.add("Dated the incident " + TemplateFormats.date(found.date()) + " from its summary.");
            });
        }

        doc.window(window.orElse(IncidentWindow.unknown()))
                .impact(new Impact(impact, usersShare(impact)))
                .timeline(timeline)
                .rootCause(joined(fields, Field.ROOT_CAUSE))
                .resolution(joined(fields, Field.RESOLUTION))
                .measures(measures.measures())
                .measuresClosing(measures.closing())
                .conclusion(measures.conclusion().orElse(joined(fields, Field.CONCLUSION)));
        List<String> unplaced = new ArrayList<>(fields.getOrDefault(Field.UNPLACED, List.of()));
        unplaced.addAll(ctx.unplaced);
        doc.unplaced(unplaced);
        if (fields.get(Field.ROOT_CAUSE) == null) {
            ctx.problems.add("The document states no root cause.");
        }
        return new ImportResult(doc.build(), new ImportReport(ctx.guesses, ctx.problems));
    }

    /** The zone, the order of numeric dates and the clock style, from the whole document. */
    private static void learnConventions(List<SourceLine> lines, ImportContext ctx) {
        for (SourceLine line : lines) {
            Optional<LabelLine> label = LabelLine.parse(line.text());
            if (label.isPresent() && LABELS.get(label.get().key()) == Field.DURATION) {
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
        return LabelLine.parse(line.text()).map(l -> !LABELS.containsKey(l.key())).orElse(true);
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

    private static void readFields(HeadingSplitter.Block block, Map<Field, List<String>> fields, ImportContext ctx) {
        Field last = null;
        boolean open = false;
        for (SourceLine line : block.lines()) {
            if (line.isBlank()) {
                open = false;
                continue;
            }
            Optional<TableRow> row = TableRow.parse(line.text());
            if (row.isPresent()) {
                if (row.get().isSeparator() || row.get().filled().isEmpty()) {
                    continue; // a table's rule or empty header row: layout, not text
                }
                open = false; // each row stands alone: "| Severity | SEV-1 |" never continues the date above it
            }
            Optional<LabelLine> label = LabelLine.parse(line.text()).filter(l -> LABELS.containsKey(l.key()));
            if (label.isPresent()) {
                last = LABELS.get(label.get().key());
                // An empty value ("Root cause:" alone) is filled by the lines that follow it.
                add(fields, last, label.get().value());
                open = true;
            } else if (open && last != null) {
                List<String> paragraphs = fields.get(last);
                String tail = paragraphs.remove(paragraphs.size() - 1);
                paragraphs.add(tail.isEmpty() ? line.original() : tail + "\n" + line.original());
            } else if (CONCLUDING.matcher(line.text()).lookingAt() && block.section().isPresent()) {
                last = Field.CONCLUSION;
                ctx.guesses.add("Took the paragraph \"" + TimelineReader.abbreviate(line.text())
                        + "\" as the conclusion.");
                add(fields, last, line.original());
                open = true;
            } else {
                last = defaultField(block.section(), last, ctx, line);
                add(fields, last, line.original());
                open = true;
            }
        }
        fields.values().forEach(p -> p.removeIf(String::isEmpty));
        fields.values().removeIf(List::isEmpty);
    }

    private static Field defaultField(Optional<TemplateSection> section, Field last, ImportContext ctx,
            SourceLine line) {
        TemplateSection s = section.orElse(TemplateSection.UNPLACED);
        return switch (s) {
            case SUMMARY, IMPACT -> {
                if (s == TemplateSection.SUMMARY) {
                    ctx.guesses.add("An unlabelled summary paragraph (\"" + TimelineReader.abbreviate(line.text())
                            + "\") was taken as impact.");
                }
                yield Field.IMPACT;
            }
            case DURATION -> Field.DURATION;
            case ROOT_CAUSE_AND_RESOLUTION -> last == Field.RESOLUTION ? Field.RESOLUTION : Field.ROOT_CAUSE;
            case ROOT_CAUSE -> Field.ROOT_CAUSE;
            case RESOLUTION -> Field.RESOLUTION;
            case CONCLUSION -> Field.CONCLUSION;
            default -> {
                if (section.isEmpty() || s != TemplateSection.UNPLACED) {
                    ctx.problems.add("Could not place \"" + TimelineReader.abbreviate(line.text())
                            + "\": kept in Unplaced.");
                }
                yield Field.UNPLACED;
            }
        };
    }

    private static void add(Map<Field, List<String>> fields, Field field, String text) {
        fields.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
    }

    private static String joined(Map<Field, List<String>> fields, Field field) {
        return String.join("\n\n", fields.getOrDefault(field, List.of()));
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
