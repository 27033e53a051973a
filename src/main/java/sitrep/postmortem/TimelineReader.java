package sitrep.postmortem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.domain.EntryKind;
import sitrep.domain.WallClock;

/**
 * Reads the Timeline section: bullets, numbered items, bare "14:00 - ..." lines and prose paragraphs
 * ("At 2:05pm the on-call engineer ..."). Prose keeps its sentences whole, the time stays in the text;
 * a sentence without a time joins the event before it. Dates: an item may carry its own, a line that is
 * only a date sets the day for what follows, and a time earlier than the one before moves to the next
 * day (an incident crossing midnight); each such day change is reported as a guess.
 */
final class TimelineReader {

    static final Pattern LEADING_MARKUP = Pattern.compile("^(?:\\*\\*|__|\\[|\\*|_)+");
    private static final Pattern AFTER_HEAD = Pattern.compile(
            "^\\s*\\)?\\s*(?:\\*\\*|__|\\]|\\*|_)*\\s*[:\\-\u2013\u2014|,]?\\s*(?:\\*\\*|__|\\*|_)*\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"(])");
    /** What may follow an ISO 8601 time: a fraction of a second, then "Z" or an offset ("+02:00", "-0500"). */
    private static final Pattern ISO_TAIL = Pattern.compile("(?:\\.\\d{1,9})?(Z|[+\\-]\\d{2}:?\\d{2})?(?!\\w)");
    /** Between a date and its time: ", at ", a space, or ISO 8601's "T". */
    static final String DATE_TIME_GAP = "T(?=\\d)|[,\\s]*(?:at\\s+)?";
    /** What is left of "All times PST." or "(times in UTC)" once the zone is taken out. */
    private static final Pattern ZONE_STATEMENT = Pattern.compile(
            "(?i)[\\s(*_]*(?:all\\s+)?(?:times?|timestamps?)\\s+(?:are\\s+|shown\\s+)?(?:in\\s+)?[\\s.:)*_]*");
    private static final Pattern DATE_ONLY_TRIM = Pattern.compile("[*_#:\\s]");

    private final ImportContext ctx;
    private final EntryZones zones;
    private final TableTimeline tableRows;
    private final List<TimelineItem> items = new ArrayList<>();
    private Optional<LocalDate> day;
    private LocalDateTime previous;

    TimelineReader(ImportContext ctx) {
        this.ctx = ctx;
        this.zones = new EntryZones(ctx);
        this.tableRows = new TableTimeline(ctx, this::addItem);
        this.day = ctx.baseDate;
    }

    List<TimelineItem> read(List<SourceLine> lines) {
        int itemIndent = -1;
        StringBuilder paragraph = new StringBuilder();
        boolean afterItem = false;
        boolean inTable = false;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                // Blank lines between rows (an HTML table flattens so) do not end the table: only text does. A row
                // after one was taken for a new table's header and dropped.
                flushParagraph(paragraph);
                afterItem = false;
                continue;
            }
            Optional<TableRow> row = line.type() == SourceLine.Type.TEXT ? TableRow.parse(line.text()) : Optional.empty();
            if (row.isPresent()) {
                flushParagraph(paragraph);
                afterItem = false;
                tableRows.add(row.get(), !inTable);
                inTable = true;
                continue;
            }
            inTable = false;
            if (line.type() == SourceLine.Type.TEXT && isZoneStatement(line.text())) {
                // "All times PST.": the zone is the document's (learnt before), not an event.
                flushParagraph(paragraph);
                afterItem = false;
                continue;
            }
            if (line.type() == SourceLine.Type.TEXT && isDateOnly(line.text())) {
                flushParagraph(paragraph);
                afterItem = false;
            } else if (line.isListItem() && (itemIndent < 0 || line.indent() <= itemIndent || items.isEmpty())) {
                flushParagraph(paragraph);
                itemIndent = line.indent();
                addItem(line.text());
                afterItem = true;
            } else if (line.type() == SourceLine.Type.TEXT && startsWithTime(line.text())) {
                flushParagraph(paragraph);
                addItem(line.text());
                afterItem = true;
            } else if (line.isListItem() || afterItem) {
                appendToLast("\n" + line.text());
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.text());
            }
        }
        flushParagraph(paragraph);
        return items;
    }

    private boolean isDateOnly(String text) {
        Optional<DateParser.Found> d = DateParser.first(text, ctx.dateOrder, ctx.defaultYear());
        if (d.isEmpty()) {
            return false;
        }
        String rest = text.substring(0, d.get().start()) + text.substring(d.get().end());
        if (!DATE_ONLY_TRIM.matcher(rest).replaceAll("").isEmpty() && !isZoneStatement(rest)) {
            return false;
        }
        day = Optional.of(d.get().date());
        return true;
    }

    /** "All times PST.", "(all times UTC)", "Times in CET": a zone and words that only say it applies. */
    private static boolean isZoneStatement(String text) {
        return ZoneParser.find(text).map(z -> text.substring(0, z.start()) + text.substring(z.end()))
                .filter(rest -> ZONE_STATEMENT.matcher(rest).matches()).isPresent();
    }

    static boolean startsWithTime(String text) {
        String s = LEADING_MARKUP.matcher(text).replaceFirst("");
        return WallClock.at(s, 0).isPresent();
    }

    private void flushParagraph(StringBuilder paragraph) {
        if (paragraph.length() == 0) {
            return;
        }
        boolean first = true;
        for (String sentence : SENTENCE_END.split(paragraph.toString())) {
            List<WallClock.Reading> times = WallClock.findAll(sentence);
            if (!times.isEmpty()) {
                Optional<LocalDate> date = DateParser.first(sentence, ctx.dateOrder, ctx.defaultYear())
                        .filter(d -> d.start() < times.get(0).start()).map(DateParser.Found::date);
                addTimed(date, times.get(0), sentence, Optional.empty());
            } else if (first || items.isEmpty()) {
                Optional<String> none = Optional.empty();
                items.add(new TimelineItem(Optional.empty(), Optional.empty(), none, sentence,
                        EntryKindGuesser.guess(none, sentence, false), true));
            } else {
                appendToLast(" " + sentence);
            }
            first = false;
        }
        paragraph.setLength(0);
    }

    /** A bullet or bare line: "[date, ]time[ zone]: text", "Label: text", or plain text. */
    private void addItem(String raw) {
        String s = LEADING_MARKUP.matcher(raw).replaceFirst("");
        int pos = 0;
        Optional<LocalDate> date = Optional.empty();
        Optional<DateParser.Found> d = ctx.firstDate(s).filter(f -> f.start() == 0);
        if (d.isPresent()) {
            date = Optional.of(d.get().date());
            pos = skip(s, d.get().end(), DATE_TIME_GAP);
        }
        Optional<WallClock.Reading> time = WallClock.at(s, pos);
        if (time.isPresent()) {
            pos = time.get().end();
            Optional<ZoneLabel> written = Optional.empty();
            Matcher iso = ISO_TAIL.matcher(s);
            iso.region(pos, s.length());
            if (iso.lookingAt() && iso.end() > pos) {
                // ISO 8601's "14:03:00.000Z" or "01:50:00+02:00": the fraction is dropped, and the zone ("Z" is UTC)
                // is the document's when it names none; another one is kept as written and said, as for any zone.
                if (iso.group(1) != null) {
                    String offset = iso.group(1).equals("Z") ? "UTC" : "UTC" + iso.group(1);
                    ZoneLabel isoZone = ZoneParser.find(offset).orElseThrow().label();
                    written = zones.other(isoZone, s);
                    ctx.zone = ctx.zone.or(() -> Optional.of(isoZone));
                }
                pos = iso.end();
            }
            Optional<ZoneParser.Found> zone = ZoneParser.find(s.substring(pos))
                    .filter(z -> s.substring(time.get().end(), time.get().end() + z.start()).matches("\\s*\\(?"));
            if (zone.isPresent()) {
                written = zones.other(zone.get().label(), s);
                pos += zone.get().end();
            }
            Matcher after = AFTER_HEAD.matcher(s);
            after.region(pos, s.length());
            pos = after.lookingAt() ? after.end() : pos;
            String text = s.substring(pos);
            // "14:54 **OUTAGE BEGINS** - ...": the bold opened before the words is skipped with the separator, so
            // its close would dangle ("OUTAGE BEGINS** - ..."); it is put back.
            addTimed(date, time.get(), text.split("\\*\\*", -1).length % 2 == 0 ? "**" + text : text, written);
            return;
        }
        Optional<LabelLine> label = LabelLine.parse(s).filter(l -> l.words() <= 5 && !l.value().isEmpty());
        if (label.isPresent()) {
            Optional<String> name = Optional.of(label.get().label());
            String text = label.get().value();
            items.add(new TimelineItem(Optional.empty(), Optional.empty(), name, text,
                    EntryKindGuesser.guess(name, text, false), true));
            return;
        }
        List<WallClock.Reading> inside = WallClock.findAll(s);
        if (!inside.isEmpty()) {
            addTimed(Optional.empty(), inside.get(0), raw, Optional.empty());
            return;
        }
        Optional<String> none = Optional.empty();
        items.add(new TimelineItem(Optional.empty(), Optional.empty(), none, raw,
                EntryKindGuesser.guess(none, raw, false), true));
    }

    /**
     * @param written the zone the entry's own time is written in, when it is not the document's ("12:31 UTC" in an
     *                AEDT postmortem): the time is read in the document's zone, on the day nearest the entry before
     */
    private void addTimed(Optional<LocalDate> explicitDate, WallClock.Reading found, String text,
                          Optional<ZoneLabel> written) {
        LocalTime time = twelveHourGuess(found);
        Optional<LocalDate> date = explicitDate.or(() -> day);
        LocalDateTime converted = date.isPresent() && written.isPresent() && ctx.zone.isPresent()
                ? zones.inDocumentZone(date.get(), time, written.get(), explicitDate.isPresent(), previous) : null;
        // Another zone that reads the same then (UTC+01:00 in a CET winter) changes nothing and needs no words.
        if (converted != null && !converted.toLocalTime().equals(time)) {
            ctx.guesses.add("\"" + abbreviate(text) + "\" gives its time in " + written.get().text() + ": read as "
                    + TemplateFormats.time(converted.toLocalTime()) + " " + ctx.zone.get().text() + " on "
                    + TemplateFormats.date(converted.toLocalDate()) + ".");
            // The author's own reading stays in the words.
            text = "(" + TemplateFormats.time(time) + " " + written.get().text() + ") " + text;
            time = converted.toLocalTime();
            previous = converted;
            day = Optional.of(converted.toLocalDate());
            Optional<String> none = Optional.empty();
            items.add(new TimelineItem(day, Optional.of(time), none, text, EntryKindGuesser.guess(none, text, true),
                    true));
            return;
        }
        if (date.isPresent()) {
            LocalDateTime at = date.get().atTime(time);
            if (explicitDate.isEmpty() && previous != null && at.isBefore(previous)) {
                at = at.plusDays(1);
                ctx.guesses.add("\"" + abbreviate(text) + "\" is earlier than the entry before it: placed on "
                        + TemplateFormats.date(at.toLocalDate()) + ", past midnight.");
            }
            previous = at;
            day = Optional.of(at.toLocalDate());
            date = day;
        }
        Optional<String> none = Optional.empty();
        items.add(new TimelineItem(date, Optional.of(time), none, text, EntryKindGuesser.guess(none, text, true), true));
    }

    /** In a document that writes am/pm elsewhere, a bare "2:05" is read as the reading after the last entry. */
    private LocalTime twelveHourGuess(WallClock.Reading found) {
        if (!ctx.twelveHourClock || found.meridiem().isPresent() || found.hour() < 1 || found.hour() > 11
                || previous == null) {
            return found.time();
        }
        LocalTime am = found.time();
        LocalTime pm = am.plusHours(12);
        LocalTime last = previous.toLocalTime();
        if (am.isBefore(last) && !pm.isBefore(last)) {
            ctx.guesses.add("Read \"" + TemplateFormats.time(am).replaceFirst("^0", "") + "\" as "
                    + TemplateFormats.time(pm) + ": the document uses a 12-hour clock.");
            return pm;
        }
        return am;
    }


    private void appendToLast(String more) {
        if (items.isEmpty()) {
            Optional<String> none = Optional.empty();
            items.add(new TimelineItem(Optional.empty(), Optional.empty(), none, more.strip(), EntryKind.NOTE, true));
            return;
        }
        TimelineItem last = items.remove(items.size() - 1);
        items.add(new TimelineItem(last.date(), last.time(), last.label(), last.text() + more, last.kind(),
                last.included()));
    }

    static int skip(String s, int from, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(s);
        m.region(from, s.length());
        return m.lookingAt() ? m.end() : from;
    }

    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 50 ? oneLine : oneLine.substring(0, 47) + "...";
    }
}
