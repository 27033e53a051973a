package sitrep.ui.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import sitrep.domain.EntryKind;
import sitrep.domain.TimelineEntry;

/**
 * One line of the timeline table, with its strings already formatted so cells only display them.
 *
 * @param timeText the event time in the incident zone; with the date when the incident spans midnight
 * @param mine     written by this console's author (own entries are the ones undo can reach)
 */
public record TimelineRow(String id, Instant eventTime, Instant writtenAt, EntryKind kind, String author,
                          String text, Map<String, String> evidence, String timeText, boolean mine) {

    /** Same order as the timeline: event time, then written time, then id. */
    public static final Comparator<TimelineRow> ORDER = Comparator.comparing(TimelineRow::eventTime)
            .thenComparing(TimelineRow::writtenAt).thenComparing(TimelineRow::id);

    static TimelineRow of(TimelineEntry e, RowFormat format, String ownAuthor) {
        return new TimelineRow(e.id(), e.eventTime(), e.writtenAt(), e.kind(), e.author(), e.text(), e.evidence(),
                format.time(e.eventTime()), e.author().equals(ownAuthor));
    }

    /**
     * The event time in UTC, for the row's hover text: formatted for the rows the table shows, when it shows them, not
     * for each of a replay's thousands of rows (it was 40 % of what a 5,000-row load allocated).
     */
    public String utcText() {
        return RowFormat.utc(eventTime);
    }

    TimelineRow reformatted(RowFormat format) {
        return new TimelineRow(id, eventTime, writtenAt, kind, author, text, evidence, format.time(eventTime), mine);
    }
}
