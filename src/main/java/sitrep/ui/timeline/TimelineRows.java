package sitrep.ui.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sitrep.domain.Incident;
import sitrep.domain.TimelineEntry;

/**
 * The sorted rows behind the table. A full load replaces the list in one batch; later changes move
 * single rows by binary search, so the list never re-sorts and a 5,000-row table stays smooth.
 */
final class TimelineRows {

    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> readOnly = FXCollections.unmodifiableObservableList(rows);
    private final Map<String, TimelineRow> byId = new HashMap<>();
    private final Incident incident;
    private final String ownAuthor;
    private RowFormat format;

    TimelineRows(Incident incident, String ownAuthor) {
        this.incident = incident;
        this.ownAuthor = ownAuthor;
        this.format = new RowFormat(incident.zone(), false);
    }

    ObservableList<TimelineRow> list() {
        return readOnly;
    }

    /** Replaces every row at once (one list change event). */
    void load(List<TimelineEntry> visibleEntries) {
        byId.clear();
        Instant first = visibleEntries.stream().map(TimelineEntry::eventTime).min(Instant::compareTo).orElse(null);
        Instant last = visibleEntries.stream().map(TimelineEntry::eventTime).max(Instant::compareTo).orElse(null);
        format = new RowFormat(incident.zone(), spansDays(first, last));
        List<TimelineRow> fresh = new ArrayList<>(visibleEntries.size());
        for (TimelineEntry e : visibleEntries) {
            TimelineRow row = TimelineRow.of(e, format, ownAuthor);
            fresh.add(row);
            byId.put(e.id(), row);
        }
        fresh.sort(TimelineRow.ORDER);
        rows.setAll(fresh);
    }

    /** Puts changed entries in place; a retracted entry's row goes away. */
    void update(Collection<TimelineEntry> changed) {
        for (TimelineEntry e : changed) {
            TimelineRow old = byId.remove(e.id());
            if (old != null) {
                rows.remove(Collections.binarySearch(rows, old, TimelineRow.ORDER));
            }
            if (!e.retracted()) {
                TimelineRow row = TimelineRow.of(e, format, ownAuthor);
                int at = Collections.binarySearch(rows, row, TimelineRow.ORDER);
                rows.add(at < 0 ? -at - 1 : at, row);
                byId.put(e.id(), row);
            }
        }
        refreshDateDisplay();
    }

    /** An entry after midnight turns every time into date and time, and back when it goes away. */
    private void refreshDateDisplay() {
        boolean withDate = rows.isEmpty() ? spansDays(null, null)
                : spansDays(rows.get(0).eventTime(), rows.get(rows.size() - 1).eventTime());
        if (withDate != format.withDate()) {
            format = new RowFormat(incident.zone(), withDate);
            List<TimelineRow> fresh = new ArrayList<>(rows.size());
            for (TimelineRow r : rows) {
                TimelineRow again = r.reformatted(format);
                fresh.add(again);
                byId.put(again.id(), again);
            }
            rows.setAll(fresh);
        }
    }

    /** Whether the incident (start to end) and its entries, taken together, cross midnight in its zone. */
    private boolean spansDays(Instant first, Instant last) {
        Instant from = incident.start();
        Instant to = incident.end() != null ? incident.end() : incident.start();
        if (first != null && first.isBefore(from)) {
            from = first;
        }
        if (last != null && last.isAfter(to)) {
            to = last;
        }
        return format.crossesMidnight(from, to);
    }
}
