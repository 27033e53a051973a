package sitrep.ui.postmortem;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import sitrep.concurrent.BackgroundTask;
import sitrep.incident.JournalRecord;
import sitrep.incident.Journaled;
import sitrep.incident.RecordAppender;
import sitrep.incident.postmortem.PostmortemEdit;

/** The postmortem tab's journal writes, on one {@code io} thread so edits reach the disk in the order they were made. */
final class PostmortemWrites {

    private static final System.Logger LOG = System.getLogger(PostmortemWrites.class.getName());

    private final RecordAppender journal;
    private final String author;
    private final Clock clock;
    private final Executor io;
    private final Executor ui;

    PostmortemWrites(RecordAppender journal, String author, Clock clock, Executor io, Executor ui) {
        this.journal = journal;
        this.author = author;
        this.clock = clock;
        this.io = io;
        this.ui = ui;
    }

    /** Sets (or, with null, clears) an incident field; a failure comes back on {@code ui} in the exception's words. */
    void setIncidentField(String field, String value, Consumer<Journaled> onSaved, Consumer<String> onFailed) {
        JournalRecord record = JournalRecord.incidentSet(field, value, author, clock.instant());
        BackgroundTask.of(() -> journal.append(record))
                .onSuccess(onSaved)
                .onFailure(e -> {
                    LOG.log(Level.ERROR, "postmortem write failed: " + e.getMessage());
                    onFailed.accept(e.getMessage());
                })
                .runOn(io, ui);
    }

    /** Writes a field's edit; a failure comes back on {@code ui} in the journal's words, or as the exception if not I/O. */
    void write(PostmortemEdit edit, Consumer<Journaled> onSaved, Consumer<String> onFailed) {
        BackgroundTask.of(() -> edit.appendTo(journal, author, clock.instant()))
                .onSuccess(onSaved)
                .onFailure(e -> onFailed.accept(notSaved(e)))
                .runOn(io, ui);
    }

    private static String notSaved(Exception e) {
        if (e instanceof IOException) {
            LOG.log(Level.ERROR, "postmortem write failed: " + e.getMessage());
            return e.getMessage();
        }
        LOG.log(Level.ERROR, "postmortem write failed", e);
        return e.toString();
    }
}
