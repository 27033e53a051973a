package sitrep.incident.postmortem;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.incident.IncidentFolder;
import sitrep.incident.IncidentJournal;
import sitrep.incident.JournalRecord;
import sitrep.postmortem.PostmortemDocument;
import sitrep.postmortem.ResponseMetrics;
import sitrep.postmortem.TemplateFormats;
import sitrep.postmortem.TimelineItem;
import sitrep.postmortem.ZoneLabel;

/**
 * Turns a postmortem document (usually an imported one) into a new incident folder: incident.json from
 * its title, zone and window, one journal entry per timeline item and one {@code postmortem.set} record
 * per written field. Drafting the folder again gives back the document ({@link IncidentPostmortem}).
 *
 * <p>Untimed items ("Actions taken: ...") become entries flagged with {@link IncidentPostmortem#UNTIMED_LABEL}
 * at the time of the timed item before them, written after it, so the timeline's order (event time, then
 * written time) keeps them in place. Written times are therefore strictly increasing.
 */
public final class PostmortemIncidentWriter {

    /** What was written, and what had to be assumed to write it (one sentence each). */
    public record Written(Path dir, int entries, int fields, List<String> assumptions) {
        public Written {
            assumptions = List.copyOf(assumptions);
        }
    }

    /** The stand-in start of a document with no date and no time: plainly not a real date, and never today. */
    static final Instant UNDATED = Instant.EPOCH;

    private final Clock clock;
    private Instant lastWritten = Instant.EPOCH;

    public PostmortemIncidentWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws FileAlreadyExistsException when {@code dir} already holds an incident; nothing is written
     * @throws IOException                when the folder or the journal cannot be written
     */
    public Written write(Path dir, PostmortemDocument doc, String author) throws IOException {
        return write(dir, doc, author, written -> {
        });
    }

    /** As {@link #write(Path, PostmortemDocument, String)}, telling {@code progress} how many entries are written. */
    public Written write(Path dir, PostmortemDocument doc, String author, IntConsumer progress) throws IOException {
        if (Files.exists(dir.resolve(IncidentFolder.INCIDENT_FILE))) {
            throw new FileAlreadyExistsException(dir.toString(), null, "it already holds an incident");
        }
        List<String> assumptions = new ArrayList<>();
        IncidentZone zone = zone(doc.window().zone(), assumptions);
        // The document's own date (its title, or its summary when the title has none) before today's.
        Optional<LocalDate> firstDay = TemplateFormats.firstDay(doc).or(doc::date);
        if (firstDay.isEmpty() && doc.timeline().stream().anyMatch(TimelineItem::isTimed)) {
            firstDay = Optional.of(LocalDate.now(clock.withZone(zone.zoneId())));
            assumptions.add("The document names no date: its times are taken as "
                    + TemplateFormats.date(firstDay.get()) + ".");
        }
        List<Optional<LocalDateTime>> times = ResponseMetrics.resolveTimes(doc.timeline(), firstDay);

        Optional<Instant> firstEntry = times.stream().flatMap(Optional::stream).findFirst().map(t -> instant(t, zone));
        Instant start;
        if (doc.window().start().isPresent()) {
            start = instant(doc.window().start().get(), zone);
        } else if (firstEntry.isPresent()) {
            start = firstEntry.get();
            assumptions.add("No start is written: the incident starts at its first timeline entry.");
        } else if (firstDay.isPresent() || doc.date().isPresent()) {
            // Never "now": a document written about a past day is not dated today because it names no clock time.
            LocalDate day = firstDay.or(doc::date).orElseThrow();
            start = day.atStartOfDay(zone.zoneId()).toInstant();
            assumptions.add("The document gives no clock time: the incident is placed at the start of "
                    + TemplateFormats.date(day) + ".");
        } else {
            start = UNDATED;
            assumptions.add("The document gives no date and no time: the incident is placed at "
                    + TemplateFormats.date(LocalDate.ofInstant(UNDATED, ZoneOffset.UTC))
                    + " as a stand-in, never today; set its start in the console.");
        }
        if (!keeps(start)) {
            Instant placed = start.isBefore(JournalRecord.EARLIEST) ? JournalRecord.EARLIEST : JournalRecord.LATEST;
            assumptions.add("The start " + start + " is outside the times Sitrep keeps (0001-01-02 to 9999-12-30):"
                    + " the incident is placed at " + placed + "; set its start in the console.");
            start = placed;
        }
        Instant end = doc.window().end().map(e -> instant(e, zone)).orElse(null);
        if (end != null && !keeps(end)) {
            assumptions.add("The end " + end + " is outside the times Sitrep keeps: the incident is left open.");
            end = null;
        }
        if (end != null && end.isBefore(start)) {
            assumptions.add("The end is before the start: the incident is left open.");
            end = null;
        }
        Optional<LocalDate> titleDate = doc.date();
        if (titleDate.isPresent() && !titleDate.get().equals(start.atZone(zone.zoneId()).toLocalDate())) {
            assumptions.add("The title's date " + TemplateFormats.date(titleDate.get())
                    + " differs from the start date; exports use the start date.");
        }

        IncidentFolder folder = IncidentFolder.openOrCreate(dir,
                new Incident(doc.title(), zone, start, end, "", Map.of(), false));
        int entries = 0;
        int fields = 0;
        try (IncidentJournal journal = folder.openJournal(author)) {
            List<String> excluded = new ArrayList<>();
            List<String> unplaced = new ArrayList<>(doc.unplaced());
            List<JournalRecord> added = new ArrayList<>(doc.timeline().size());
            for (int i = 0; i < doc.timeline().size(); i++) {
                TimelineItem item = doc.timeline().get(i);
                Instant at = placement(times, i, zone).orElse(start);
                if (!keeps(at)) {
                    // Kept, as the document's other unreadable text is: a journal record cannot hold that time.
                    String line = item.label().map(l -> l + ": ").orElse("") + item.text();
                    unplaced.add(line);
                    assumptions.add("The time " + at + " of \"" + line + "\" is outside the times Sitrep keeps:"
                            + " the line is kept in Unplaced.");
                    continue;
                }
                Map<String, String> evidence = item.isTimed() ? Map.of()
                        : Map.of(IncidentPostmortem.UNTIMED_LABEL, item.label().orElse(""));
                String id = JournalRecord.newId();
                added.add(JournalRecord.added(id, author, nextWritten(), at, item.kind(), item.text(), evidence));
                if (!item.included()) {
                    excluded.add(id);
                }
            }
            // One force for the whole timeline: the folder is new (an import builds it aside), so there is no
            // earlier state a crash could tear.
            journal.appendAll(added, progress);
            entries = added.size();
            for (PostmortemEdit edit : fieldEdits(doc, excluded, unplaced)) {
                edit.appendTo(journal, author, nextWritten());
                fields++;
            }
        }
        return new Written(dir, entries, fields, assumptions);
    }

    /** Only the fields the document has, so an empty one stays "not written yet" rather than "written empty". */
    private static List<PostmortemEdit> fieldEdits(PostmortemDocument doc, List<String> excluded, List<String> unplaced) {
        List<PostmortemEdit> edits = new ArrayList<>();
        if (!doc.impact().text().isEmpty() || doc.impact().usersAffectedPercent().isPresent()) {
            edits.add(PostmortemEdit.impact(doc.impact()));
        }
        if (!doc.rootCause().isEmpty()) {
            edits.add(PostmortemEdit.rootCause(doc.rootCause()));
        }
        if (!doc.resolution().isEmpty()) {
            edits.add(PostmortemEdit.resolution(doc.resolution()));
        }
        if (!doc.measures().isEmpty()) {
            edits.add(PostmortemEdit.measures(doc.measures()));
        }
        if (!doc.measuresClosing().isEmpty()) {
            edits.add(PostmortemEdit.measuresClosing(doc.measuresClosing()));
        }
        if (!doc.conclusion().isEmpty()) {
            edits.add(PostmortemEdit.conclusion(doc.conclusion()));
        }
        if (!excluded.isEmpty()) {
            edits.add(PostmortemEdit.excludedEntries(excluded));
        }
        if (!unplaced.isEmpty()) {
            edits.add(PostmortemEdit.unplaced(unplaced));
        }
        return edits;
    }

    /** A timed item at its time; an untimed one at the timed item before it, or (leading) the one after. */
    /** A time a journal record can hold. */
    private static boolean keeps(Instant t) {
        return !t.isBefore(JournalRecord.EARLIEST) && !t.isAfter(JournalRecord.LATEST);
    }

    private static Optional<Instant> placement(List<Optional<LocalDateTime>> times, int i, IncidentZone zone) {
        for (int j = i; j >= 0; j--) {
            if (times.get(j).isPresent()) {
                return Optional.of(instant(times.get(j).get(), zone));
            }
        }
        for (int j = i + 1; j < times.size(); j++) {
            if (times.get(j).isPresent()) {
                return Optional.of(instant(times.get(j).get(), zone));
            }
        }
        return Optional.empty();
    }

    /** The zone as written when the incident folder can store it so; else its region, said out loud. */
    private static IncidentZone zone(Optional<ZoneLabel> label, List<String> assumptions) {
        if (label.isEmpty()) {
            assumptions.add("The document names no time zone: its times are taken as UTC.");
            return IncidentZone.of(ZoneOffset.UTC);
        }
        try {
            return IncidentZone.parse(label.get().text());
        } catch (IllegalArgumentException e) {
            assumptions.add("The zone \"" + label.get().text() + "\" is stored as " + label.get().zone().getId()
                    + ", which exports will write instead.");
            return IncidentZone.of(label.get().zone());
        }
    }

    private static Instant instant(LocalDateTime t, IncidentZone zone) {
        return t.atZone(zone.zoneId()).toInstant();
    }

    /** Strictly increasing, so that records written within one clock tick still keep the document's order. */
    private Instant nextWritten() {
        Instant now = clock.instant();
        lastWritten = now.isAfter(lastWritten) ? now : lastWritten.plusNanos(1000);
        return lastWritten;
    }
}
