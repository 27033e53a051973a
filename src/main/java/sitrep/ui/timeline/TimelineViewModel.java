package sitrep.ui.timeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.Suggestion;
import sitrep.domain.TimelineEntry;
import sitrep.incident.JournalBatch;
import sitrep.incident.JournalRecord;
import sitrep.incident.Journaled;
import sitrep.incident.RecordAppender;
import sitrep.incident.ReplayWarning;
import sitrep.incident.IncidentTimeline;
import sitrep.incident.command.CommandEntries;

/**
 * State and actions of the timeline editor. Every action becomes a journal record; an entry appears as
 * saved only after its record was forced to disk. Journal writes run on the {@code io} executor and their
 * results come back through {@code ui} (the FX thread in the console, a direct executor in tests). All
 * public methods are to be called on the ui thread.
 */
public final class TimelineViewModel {

    /** The quick-entry line's save state: nothing yet, a write in flight, all written, or a write failed. */
    public enum SaveState { IDLE, SAVING, SAVED, ERROR }

    private final Incident incident;
    private final String author;
    private final Clock clock;
    private final IncidentTimeline timeline = new IncidentTimeline();
    private final TimelineRows rows;
    private final TimelineFilters filters;
    private final SuggestionQueue suggestions;
    private final UndoHistory history = new UndoHistory();
    private final JournalWrites writes;
    private final SkippedJournalLines skipped = new SkippedJournalLines();
    private final QuickEntryLine quickEntry;

    public TimelineViewModel(Incident incident, String author, RecordAppender journal, Clock clock, Executor io,
                             Executor ui) {
        this.incident = incident;
        this.author = author;
        this.clock = clock;
        this.rows = new TimelineRows(incident, author);
        this.filters = new TimelineFilters(rows.list());
        this.suggestions = new SuggestionQueue(incident.zone().zoneId());
        this.writes = new JournalWrites(journal, io, ui, saved -> applyAndShow(List.of(saved)));
        this.quickEntry = new QuickEntryLine(this, incident.zone().zoneId(), clock, author, writes, history);
    }

    // --- state for the view -------------------------------------------------------------------------

    /** The quick-entry line. It keeps its text until that text is on disk. */
    public StringProperty entryTextProperty() {
        return quickEntry.textProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return writes.saveStateProperty();
    }

    /** The last failure, in words, empty when the last action succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return writes.errorProperty();
    }

    /** A sentence about skipped journal lines, empty when there are none. */
    public ReadOnlyStringProperty warningProperty() {
        return skipped.sentenceProperty();
    }

    public ObservableList<ReplayWarning> warnings() {
        return skipped.list();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** Every visible entry, sorted. */
    public ObservableList<TimelineRow> allRows() {
        return rows.list();
    }

    /** The rows the filters let through, sorted; what the table shows. */
    public ObservableList<TimelineRow> rows() {
        return filters.rows();
    }

    /** Only entries of this kind; null for all. */
    public ObjectProperty<EntryKind> kindFilterProperty() {
        return filters.kindProperty();
    }

    /** Only entries by this author (case-insensitive); blank for all. */
    public StringProperty authorFilterProperty() {
        return filters.authorProperty();
    }

    /** Only entries whose text contains this (case-insensitive); blank for all. */
    public StringProperty textFilterProperty() {
        return filters.textProperty();
    }

    /** Only starred entries when true. */
    public BooleanProperty starredOnlyProperty() {
        return filters.starredOnlyProperty();
    }

    /** Offered entries waiting for accept or dismiss, oldest first. */
    public ObservableList<Suggestion> suggestions() {
        return suggestions.list();
    }

    public Optional<TimelineEntry> entry(String id) {
        return timeline.entry(id);
    }

    public String author() {
        return author;
    }

    public Incident incident() {
        return timeline.incident(incident);
    }

    // --- journal in -----------------------------------------------------------------------------------

    /** Starts from a replay: the rows are built once and replace the list in one batch. */
    public void load(List<Journaled> records, List<ReplayWarning> skipped) {
        timeline.apply(records);
        rows.load(timeline.entries());
        this.skipped.add(skipped);
    }

    /** Applies what the watcher read (other responders' appends, echoes of our own are ignored). */
    public void recordsArrived(JournalBatch batch) {
        applyAndShow(batch.records());
        skipped.add(batch.warnings());
    }

    private void applyAndShow(List<Journaled> records) {
        Set<String> changed = timeline.apply(records);
        if (!changed.isEmpty()) {
            List<TimelineEntry> entries = new ArrayList<>(changed.size());
            for (String id : changed) {
                timeline.entry(id).ifPresent(entries::add);
            }
            rows.update(entries);
        }
    }

    // --- actions --------------------------------------------------------------------------------------

    /** Enter in the quick-entry line: parse it and write a new entry. */
    public void submit() {
        quickEntry.submit();
    }

    /**
     * Inline edit of an entry's text, time and kind. The time is read like the quick-entry time, near the
     * entry's current time; blank keeps it.
     */
    public void edit(String entryId, String text, String time, EntryKind kind) {
        Optional<TimelineEntry> current = timeline.entry(entryId);
        if (current.isEmpty()) {
            writes.fail("no entry " + entryId);
            return;
        }
        Optional<EntryChange> change;
        try {
            change = TypedEntries.edit(current.get(), text, time, kind, incident.zone().zoneId(), clock.instant());
        } catch (IllegalArgumentException ex) {
            writes.fail(ex.getMessage());
            return;
        }
        change.ifPresent(c -> writes.write(c.redo().toRecord(entryId, author, clock.instant()),
                () -> history.push(c), () -> { }));
    }

    /** Delete: a retraction record; the entry stays in the journal and undo restores it. */
    public void retract(String entryId) {
        if (timeline.entry(entryId).filter(e -> !e.retracted()).isEmpty()) {
            return;
        }
        EntryChange change = EntryChange.retracted(entryId);
        writes.write(change.redo().toRecord(entryId, author, clock.instant()), () -> history.push(change), () -> { });
    }

    /** Takes back this responder's last edit by writing its inverse record. */
    public void undo() {
        replay(UndoHistory.Direction.UNDO);
    }

    public void redo() {
        replay(UndoHistory.Direction.REDO);
    }

    private void replay(UndoHistory.Direction direction) {
        EntryChange change = history.take(direction);
        if (change == null) {
            return;
        }
        EntryChange.Step step = direction == UndoHistory.Direction.UNDO ? change.undo() : change.redo();
        writes.write(step.toRecord(change.entryId(), author, clock.instant()),
                () -> history.done(direction, change), () -> history.failed(direction, change));
    }

    /**
     * Writes a record made elsewhere (incident command: a status, a role, an update); it shows once on disk,
     * like a note, and an added entry can be undone like one. A failure shows in {@link #errorProperty}.
     */
    public void append(JournalRecord record, Runnable onSaved, Runnable onFailed) {
        writes.write(record, () -> {
            if (record.type() == JournalRecord.Type.ENTRY_ADDED) {
                history.push(EntryChange.added(record.entryId()));
            }
            onSaved.run();
        }, onFailed);
    }

    /** Key S: stars an entry, or takes its star away. */
    public void toggleStar(String entryId) {
        Optional<TimelineEntry> e = timeline.entry(entryId);
        if (e.isEmpty()) {
            return;
        }
        writes.write(CommandEntries.star(entryId, !CommandEntries.starred(e.get().evidence()), author, clock.instant()),
                () -> { }, () -> { });
    }

    /** Sets or (blank) clears a follow-up's owner, due date, priority or state. */
    public void markFollowup(String entryId, String mark, String value) {
        writes.write(CommandEntries.followupMark(entryId, mark, value, author, clock.instant()), () -> { }, () -> { });
    }

    /** The entries that are not retracted, as the journal has them now. */
    public List<TimelineEntry> entries() {
        return timeline.entries();
    }

    /** The incident fields set through the journal (edited milestones among them). */
    public Map<String, String> incidentFields() {
        return timeline.incidentFields();
    }

    /** The postmortem fields set through the journal (the impact prefills a stakeholder update). */
    public Map<String, String> postmortemFields() {
        return timeline.postmortemFields();
    }

    // --- suggestions ----------------------------------------------------------------------------------

    /** An alert, status change or pinned chart point offered as an entry; the same offer twice is kept once. */
    public void offerSuggestion(Suggestion suggestion) {
        suggestions.offer(suggestion);
    }

    /** Accept: becomes a journaled entry with its evidence; it leaves the list once saved. */
    public void acceptSuggestion(Suggestion s) {
        if (!suggestions.contains(s)) {
            return;
        }
        String entryId = JournalRecord.newId();
        JournalRecord record = JournalRecord.added(entryId, author, clock.instant(), s.time(), s.kind(), s.text(),
                s.evidence());
        writes.write(record, () -> {
            suggestions.remove(s);
            history.push(EntryChange.added(entryId));
        }, () -> { });
    }

    public void dismissSuggestion(Suggestion s) {
        suggestions.remove(s);
    }
}
