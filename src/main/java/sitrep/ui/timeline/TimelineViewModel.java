package sitrep.ui.timeline;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import sitrep.concurrent.BackgroundTask;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.Suggestion;
import sitrep.domain.TimelineEntry;
import sitrep.incident.JournalBatch;
import sitrep.incident.JournalRecord;
import sitrep.incident.Journaled;
import sitrep.incident.QuickEntryParser;
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

    private static final System.Logger LOG = System.getLogger(TimelineViewModel.class.getName());

    /** The quick-entry line's save state: nothing yet, a write in flight, all written, or a write failed. */
    public enum SaveState { IDLE, SAVING, SAVED, ERROR }

    private final Incident incident;
    private final String author;
    private final RecordAppender journal;
    private final Clock clock;
    private final Executor io;
    private final Executor ui;
    private final IncidentTimeline timeline = new IncidentTimeline();
    private final TimelineRows rows;
    private final FilteredList<TimelineRow> filtered;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<ReplayWarning> warnings = FXCollections.observableArrayList();
    private final Deque<EntryChange> undo = new ArrayDeque<>();
    private final Deque<EntryChange> redo = new ArrayDeque<>();
    private int writesInFlight;
    private String submitting;

    private final StringProperty entryText = new SimpleStringProperty(this, "entryText", "");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState", SaveState.IDLE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ObjectProperty<EntryKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final StringProperty authorFilter = new SimpleStringProperty(this, "authorFilter", "");
    private final StringProperty textFilter = new SimpleStringProperty(this, "textFilter", "");
    private final BooleanProperty starredOnly = new SimpleBooleanProperty(this, "starredOnly", false);

    public TimelineViewModel(Incident incident, String author, RecordAppender journal, Clock clock, Executor io,
                             Executor ui) {
        this.incident = incident;
        this.author = author;
        this.journal = journal;
        this.clock = clock;
        this.io = io;
        this.ui = ui;
        this.rows = new TimelineRows(incident, author);
        this.filtered = new FilteredList<>(rows.list());
        kindFilter.addListener((o, was, now) -> refilter());
        authorFilter.addListener((o, was, now) -> refilter());
        textFilter.addListener((o, was, now) -> refilter());
        starredOnly.addListener((o, was, now) -> refilter());
    }

    // --- state for the view -------------------------------------------------------------------------

    /** The quick-entry line. It keeps its text until that text is on disk. */
    public StringProperty entryTextProperty() {
        return entryText;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The last failure, in words, empty when the last action succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A sentence about skipped journal lines, empty when there are none. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ObservableList<ReplayWarning> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Every visible entry, sorted. */
    public ObservableList<TimelineRow> allRows() {
        return rows.list();
    }

    /** The rows the filters let through, sorted; what the table shows. */
    public ObservableList<TimelineRow> rows() {
        return filtered;
    }

    /** Only entries of this kind; null for all. */
    public ObjectProperty<EntryKind> kindFilterProperty() {
        return kindFilter;
    }

    /** Only entries by this author (case-insensitive); blank for all. */
    public StringProperty authorFilterProperty() {
        return authorFilter;
    }

    /** Only entries whose text contains this (case-insensitive); blank for all. */
    public StringProperty textFilterProperty() {
        return textFilter;
    }

    /** Offered entries waiting for accept or dismiss, oldest first. */
    public ObservableList<Suggestion> suggestions() {
        return suggestions;
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
        addWarnings(skipped);
    }

    /** Applies what the watcher read (other responders' appends, echoes of our own are ignored). */
    public void recordsArrived(JournalBatch batch) {
        applyAndShow(batch.records());
        addWarnings(batch.warnings());
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

    private void addWarnings(List<ReplayWarning> skipped) {
        if (skipped.isEmpty()) {
            return;
        }
        warnings.addAll(skipped);
        warning.set(warnings.size() + (warnings.size() == 1 ? " journal line was" : " journal lines were")
                + " skipped (torn, corrupt or from a newer Sitrep); the first: " + warnings.get(0));
    }

    // --- actions --------------------------------------------------------------------------------------

    /** Enter in the quick-entry line: parse it and write a new entry. */
    public void submit() {
        String text = entryText.get();
        if (text.equals(submitting)) {
            // Enter pressed again while the same line is still being written: one note, not two.
            return;
        }
        Instant now = clock.instant();
        QuickEntryParser.ParsedEntry parsed;
        try {
            parsed = QuickEntryParser.parse(text, incident.zone().zoneId(), now);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        JournalRecord record;
        try {
            record = parsed.kind() == EntryKind.FOLLOWUP
                    ? CommandEntries.followup(parsed.text(), now.atZone(incident.zone().zoneId()).toLocalDate(), author,
                            now, parsed.eventTime())
                    : JournalRecord.added(JournalRecord.newId(), author, now, parsed.eventTime(), parsed.kind(),
                            parsed.text(), Map.of());
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        String entryId = record.entryId();
        submitting = text;
        write(record, () -> {
            submitting = null;
            pushUndo(EntryChange.added(entryId));
            // Keep anything typed while the write was in flight.
            if (text.equals(entryText.get())) {
                entryText.set("");
            }
        }, () -> {
            submitting = null;
            if (entryText.get().isBlank()) {
                entryText.set(text);
            }
        });
    }

    /**
     * Inline edit of an entry's text, time and kind. The time is read like the quick-entry time, near the
     * entry's current time; blank keeps it.
     */
    public void edit(String entryId, String text, String time, EntryKind kind) {
        Optional<TimelineEntry> current = timeline.entry(entryId);
        if (current.isEmpty()) {
            fail("no entry " + entryId);
            return;
        }
        TimelineEntry e = current.get();
        Instant event = e.eventTime();
        try {
            if (time != null && !time.isBlank()) {
                event = QuickEntryParser.parseTime(time, incident.zone().zoneId(), clock.instant(), e.eventTime());
            }
        } catch (IllegalArgumentException ex) {
            fail(ex.getMessage());
            return;
        }
        String newText = text == null ? e.text() : text.strip();
        if (newText.isEmpty()) {
            fail("an entry needs text; to remove it, delete it");
            return;
        }
        EntryKind newKind = kind == null ? e.kind() : kind;
        if (event.equals(e.eventTime()) && newKind == e.kind() && newText.equals(e.text())) {
            return;
        }
        EntryChange change = EntryChange.edited(entryId, EntryChange.Step.content(e.eventTime(), e.kind(), e.text()),
                EntryChange.Step.content(event, newKind, newText));
        write(change.redo().toRecord(entryId, author, clock.instant()), () -> pushUndo(change), () -> { });
    }

    /** Delete: a retraction record; the entry stays in the journal and undo restores it. */
    public void retract(String entryId) {
        if (timeline.entry(entryId).filter(e -> !e.retracted()).isEmpty()) {
            return;
        }
        EntryChange change = EntryChange.retracted(entryId);
        write(change.redo().toRecord(entryId, author, clock.instant()), () -> pushUndo(change), () -> { });
    }

    /** Takes back this responder's last edit by writing its inverse record. */
    public void undo() {
        replay(undo, redo, EntryChange::undo);
    }

    public void redo() {
        replay(redo, undo, EntryChange::redo);
    }

    private void replay(Deque<EntryChange> from, Deque<EntryChange> to,
                        Function<EntryChange, EntryChange.Step> step) {
        EntryChange change = from.pollFirst();
        if (change == null) {
            return;
        }
        refreshUndoState();
        write(step.apply(change).toRecord(change.entryId(), author, clock.instant()), () -> {
            to.addFirst(change);
            refreshUndoState();
        }, () -> {
            from.addFirst(change);
            refreshUndoState();
        });
    }

    /**
     * Writes a record made elsewhere (incident command: a status, a role, an update); it shows once on disk,
     * like a note, and an added entry can be undone like one. A failure shows in {@link #errorProperty}.
     */
    public void append(JournalRecord record, Runnable onSaved, Runnable onFailed) {
        write(record, () -> {
            if (record.type() == JournalRecord.Type.ENTRY_ADDED) {
                pushUndo(EntryChange.added(record.entryId()));
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
        write(CommandEntries.star(entryId, !CommandEntries.starred(e.get().evidence()), author, clock.instant()),
                () -> { }, () -> { });
    }

    /** Sets or (blank) clears a follow-up's owner, due date, priority or state. */
    public void markFollowup(String entryId, String mark, String value) {
        write(CommandEntries.followupMark(entryId, mark, value, author, clock.instant()), () -> { }, () -> { });
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

    /** Only starred entries when true. */
    public BooleanProperty starredOnlyProperty() {
        return starredOnly;
    }

    // --- suggestions ----------------------------------------------------------------------------------

    private final FlapFolding flaps = new FlapFolding();

    /** An alert, status change or pinned chart point offered as an entry; the same offer twice is kept once. */
    public void offerSuggestion(Suggestion suggestion) {
        if (suggestions.contains(suggestion)) {
            return;
        }
        FlapFolding.Outcome folded = flaps.fold(suggestion, suggestions, incident.zone().zoneId());
        int at = folded.remove().isEmpty() ? suggestions.size() : suggestions.indexOf(folded.remove().get(0));
        suggestions.removeAll(folded.remove());
        suggestions.add(Math.min(Math.max(0, at), suggestions.size()), folded.add());
    }

    /** Accept: becomes a journaled entry with its evidence; it leaves the list once saved. */
    public void acceptSuggestion(Suggestion s) {
        if (!suggestions.contains(s)) {
            return;
        }
        String entryId = JournalRecord.newId();
        JournalRecord record = JournalRecord.added(entryId, author, clock.instant(), s.time(), s.kind(), s.text(),
                s.evidence());
        write(record, () -> {
            suggestions.remove(s);
            pushUndo(EntryChange.added(entryId));
        }, () -> { });
    }

    public void dismissSuggestion(Suggestion s) {
        suggestions.remove(s);
    }

    // --- plumbing -------------------------------------------------------------------------------------

    private void write(JournalRecord record, Runnable onSaved, Runnable onFailed) {
        writesInFlight++;
        saveState.set(SaveState.SAVING);
        BackgroundTask.of(() -> journal.append(record))
                .onSuccess(saved -> finish(saved, null, onSaved, onFailed))
                .onFailure(e -> finish(null, notSaved(e), onSaved, onFailed))
                .runOn(io, ui);
    }

    /** Logged on the UI thread, after the fact: the journal's own words for an I/O failure, the type otherwise. */
    private static String notSaved(Exception e) {
        if (e instanceof IOException) {
            LOG.log(Level.ERROR, "journal write failed: " + e.getMessage());
            return "Not saved: " + e.getMessage();
        }
        LOG.log(Level.ERROR, "journal write failed", e);
        return "Not saved: " + e;
    }

    private void finish(Journaled saved, String failure, Runnable onSaved, Runnable onFailed) {
        writesInFlight--;
        if (saved != null) {
            applyAndShow(List.of(saved));
            onSaved.run();
            if (saveState.get() != SaveState.ERROR || writesInFlight == 0) {
                error.set("");
                saveState.set(writesInFlight > 0 ? SaveState.SAVING : SaveState.SAVED);
            }
        } else {
            // The reason first, so a caller's failure handler can read it.
            fail(failure);
            onFailed.run();
        }
    }

    private void fail(String message) {
        error.set(message);
        saveState.set(SaveState.ERROR);
    }

    private void pushUndo(EntryChange change) {
        undo.addFirst(change);
        redo.clear();
        refreshUndoState();
    }

    private void refreshUndoState() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    private void refilter() {
        EntryKind kind = kindFilter.get();
        String who = authorFilter.get() == null ? "" : authorFilter.get().strip();
        String what = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        boolean stars = starredOnly.get();
        Predicate<TimelineRow> p = r -> (kind == null || r.kind() == kind)
                && (who.isEmpty() || r.author().equalsIgnoreCase(who))
                && (what.isEmpty() || r.text().toLowerCase(Locale.ROOT).contains(what))
                && (!stars || CommandEntries.starred(r.evidence()));
        filtered.setPredicate(kind == null && who.isEmpty() && what.isEmpty() && !stars ? null : p);
    }
}
