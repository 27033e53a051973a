package sitrep.ui.postmortem;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.TimelineEntry;
import sitrep.incident.JournalBatch;
import sitrep.incident.Journaled;
import sitrep.incident.RecordAppender;
import sitrep.incident.IncidentTimeline;
import sitrep.incident.postmortem.IncidentPostmortem;
import sitrep.incident.postmortem.PostmortemEdit;
import sitrep.incident.postmortem.PostmortemEdits;
import sitrep.incident.postmortem.PostmortemField;
import sitrep.postmortem.ChartImage;
import sitrep.postmortem.PostmortemDocument;
import sitrep.ui.timeline.TimelineRow;

/**
 * State and actions of the postmortem tab. The document is drafted from the timeline's rows and the
 * postmortem fields in the journal, with what is being typed laid over them, and re-drafted on every
 * change so the preview, warnings and metrics are always current. Typing only marks a field as edited;
 * {@link #commit} (the view calls it when a field loses focus or after a second of idle) writes it as one
 * {@code postmortem.set} record, never one per keystroke. Writes and exports run on {@code io}, their
 * results come back through {@code ui}. All public methods are to be called on the ui thread.
 */
public final class PostmortemViewModel {

    private final Incident base;
    private final ObservableList<TimelineRow> rows;
    /** Replays the journal for its postmortem and incident fields; the entries come from {@code rows}. */
    private final IncidentTimeline journaled = new IncidentTimeline();
    private final PostmortemForm form;
    private final PendingFieldEdits pending = new PendingFieldEdits();
    private final PostmortemExporter exporter;
    private final PostmortemWrites writes;
    private PostmortemDocument document;

    private final ObjectProperty<ExportFormat> previewFormat = new SimpleObjectProperty<>(this, "previewFormat",
            ExportFormat.TEXT);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper(this, "duration", "");
    private final ReadOnlyLongWrapper edits = new ReadOnlyLongWrapper(this, "edits", 0);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> metrics = FXCollections.observableArrayList();

    /**
     * @param incident the incident as its folder describes it (journaled incident fields are laid over it)
     * @param rows     the timeline's entries, e.g. {@code TimelineViewModel.allRows()}: the postmortem follows them
     */
    public PostmortemViewModel(Incident incident, ObservableList<TimelineRow> rows, String author,
                               RecordAppender journal, Clock clock, Executor io, Executor exports, Executor ui) {
        this.base = incident;
        this.rows = rows;
        this.writes = new PostmortemWrites(journal, author, clock, io, ui);
        this.exporter = new PostmortemExporter(exports, ui);
        this.form = new PostmortemForm(incident.zone().zoneId(), this::fieldEdited);
        rows.addListener((Observable o) -> entriesChanged());
        previewFormat.addListener((o, was, now) -> preview.set(previewFormat.get().render(document)));
        syncFromJournal();
    }

    // --- state for the view -------------------------------------------------------------------------

    public PostmortemForm form() {
        return form;
    }

    /** Text or Markdown; HTML is export only. */
    public ObjectProperty<ExportFormat> previewFormatProperty() {
        return previewFormat;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "Duration: June 10, 2023, 14:00 - 17:30 (PST)", proposed from the entries when the incident has no end. */
    public ReadOnlyStringProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    /** "saving…", "saved", "NOT SAVED: reason", or empty before the first edit. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return pending.statusProperty();
    }

    /** Where the last export went, or why it did not. */
    public ReadOnlyStringProperty exportStatusProperty() {
        return exporter.statusProperty();
    }

    /** Counts user edits; the view restarts its idle timer on each. */
    public ReadOnlyLongProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    /** Where the document contradicts itself, one plain sentence each. */
    public ObservableList<String> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }

    /** "Time to detect: 12 min", one line per response metric. */
    public ObservableList<String> metrics() {
        return FXCollections.unmodifiableObservableList(metrics);
    }

    /** The document as shown: journal plus what is typed. */
    public PostmortemDocument document() {
        return document;
    }

    public Incident incident() {
        return journaled.incident(base);
    }

    /** True when the postmortem takes only starred entries (otherwise all, the starred ones marked). */
    public boolean onlyStarred() {
        return "only".equals(journaled.incidentFields().get(IncidentPostmortem.STARRED_FIELD));
    }

    /** Chooses between all entries (starred ones marked) and only the starred ones; journaled like any edit. */
    public void setOnlyStarred(boolean only) {
        if (only == onlyStarred()) {
            return;
        }
        writes.setIncidentField(IncidentPostmortem.STARRED_FIELD, only ? "only" : null, saved -> {
            journaled.apply(saved);
            refresh();
        }, pending::otherWriteFailed);
    }

    // --- journal in -----------------------------------------------------------------------------------

    /** Starts from a replay of the incident's journal. */
    public void load(List<Journaled> records) {
        journaled.apply(records);
        syncFromJournal();
    }

    /** What the watcher read: other responders' edits show up in fields this one is not editing. */
    public void recordsArrived(JournalBatch batch) {
        journaled.apply(batch.records());
        syncFromJournal();
    }

    private void syncFromJournal() {
        PostmortemEdits saved = PostmortemEdits.of(journaled);
        form.fill(saved, incident(), pending.edited());
        form.fillEntries(timelineEntries(), saved.excludedEntryIds(), pending.isEdited(PostmortemField.EXCLUDED_ENTRIES));
        refresh();
    }

    private void entriesChanged() {
        form.fillEntries(timelineEntries(), PostmortemEdits.of(journaled).excludedEntryIds(), true);
        refresh();
    }

    /** The entries the postmortem's timeline can take: updates and follow-ups have their own appendix. */
    private List<TimelineEntry> timelineEntries() {
        return entries().stream().filter(e -> e.kind() != EntryKind.UPDATE
                && e.kind() != EntryKind.FOLLOWUP).toList();
    }

    private List<TimelineEntry> entries() {
        return rows.stream().map(r -> new TimelineEntry(r.id(), r.eventTime(), r.kind(), r.author(), r.text(),
                r.writtenAt(), r.evidence(), false)).toList();
    }

    // --- edits ----------------------------------------------------------------------------------------

    private void fieldEdited(PostmortemField field) {
        pending.markEdited(field);
        edits.set(edits.get() + 1);
        refresh();
        if (field == PostmortemField.EXCLUDED_ENTRIES) {
            // A tick is a finished decision, not typing in progress: save it at once.
            commit(field);
        }
    }

    /** Saves the field if it was edited; the typed value stays whatever happens to the write. */
    public void commit(PostmortemField field) {
        if (!pending.isEdited(field)) {
            return;
        }
        PostmortemEdit edit;
        try {
            edit = form.editFor(field);
        } catch (IllegalArgumentException e) {
            pending.refused(field, e.getMessage());
            return;
        }
        OptionalLong gen = pending.startWrite(field, edit.jsonValue());
        if (gen.isPresent()) {
            write(field, edit, gen.getAsLong());
        }
    }

    /** Saves every edited field: the idle timer's action. */
    public void commitAll() {
        for (PostmortemField f : List.copyOf(pending.edited())) {
            commit(f);
        }
    }

    private void write(PostmortemField field, PostmortemEdit edit, long gen) {
        writes.write(edit, saved -> {
            journaled.apply(saved);
            pending.finished(field, gen, null);
            refresh();
        }, failure -> {
            pending.finished(field, gen, failure);
            refresh();
        });
    }

    // --- the document ---------------------------------------------------------------------------------

    private void refresh() {
        PostmortemEdits shown = PostmortemEdits.of(journaled);
        for (PostmortemField f : pending.edited()) {
            try {
                shown = shown.with(form.editFor(f));
            } catch (IllegalArgumentException e) {
                // Half-typed (a date, a share): the preview keeps the last value that reads.
            }
        }
        document = IncidentPostmortem.draft(incident(), entries(), shown, journaled.incidentFields(), Map.of());
        preview.set(previewFormat.get().render(document));
        duration.set(DocumentReadout.duration(document));
        replaceIfChanged(warnings, DocumentReadout.warnings(document, incident().zone()));
        replaceIfChanged(metrics, DocumentReadout.metrics(document));
    }

    private static void replaceIfChanged(ObservableList<String> list, List<String> fresh) {
        if (!list.equals(fresh)) {
            list.setAll(fresh);
        }
    }

    // --- export ---------------------------------------------------------------------------------------

    /** The charts of the incident window for the HTML export, or why there are none. */
    public record Charts(List<ChartImage> images, String noChartsReason) {
        static final Charts NONE = new Charts(List.of(), "");

        public Charts {
            images = List.copyOf(images);
        }
    }

    /** Where the HTML export's charts come from (the incident's evidence); called on the export executor. */
    @FunctionalInterface
    public interface ChartSource {
        Charts chartsFor(PostmortemDocument doc);
    }

    public void setChartSource(ChartSource source) {
        exporter.setChartSource(source);
    }

    /**
     * Writes the document as shown to {@code file}, atomically. Without {@code replace} an existing file is
     * left alone and the status says so: the view asks before it passes {@code replace}.
     */
    public void export(ExportFormat format, Path file, boolean replace) {
        exporter.export(document, format, file, replace);
    }
}
