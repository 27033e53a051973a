package sitrep.ui.timeline;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import sitrep.concurrent.BackgroundTask;
import sitrep.incident.JournalRecord;
import sitrep.incident.Journaled;
import sitrep.incident.RecordAppender;
import sitrep.ui.timeline.TimelineViewModel.SaveState;

/**
 * The timeline's journal writes in flight: each runs on {@code io}, its result comes back on {@code ui}, and the
 * save state and the last failure in words follow them. A saved record is handed to {@code saved} before the
 * caller's own handler runs, so the caller sees its entry on screen.
 */
final class JournalWrites {

    private static final System.Logger LOG = System.getLogger(JournalWrites.class.getName());

    private final RecordAppender journal;
    private final Executor io;
    private final Executor ui;
    private final Consumer<Journaled> saved;
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState", SaveState.IDLE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private int inFlight;

    JournalWrites(RecordAppender journal, Executor io, Executor ui, Consumer<Journaled> saved) {
        this.journal = journal;
        this.io = io;
        this.ui = ui;
        this.saved = saved;
    }

    ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void write(JournalRecord record, Runnable onSaved, Runnable onFailed) {
        inFlight++;
        saveState.set(SaveState.SAVING);
        BackgroundTask.of(() -> journal.append(record))
                .onSuccess(done -> finish(done, null, onSaved, onFailed))
                .onFailure(e -> finish(null, notSaved(e), onSaved, onFailed))
                .runOn(io, ui);
    }

    /** Shows a failure in words; the save state stays at error until every write in flight has succeeded. */
    void fail(String message) {
        error.set(message);
        saveState.set(SaveState.ERROR);
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

    private void finish(Journaled done, String failure, Runnable onSaved, Runnable onFailed) {
        inFlight--;
        if (done != null) {
            saved.accept(done);
            onSaved.run();
            if (saveState.get() != SaveState.ERROR || inFlight == 0) {
                error.set("");
                saveState.set(inFlight > 0 ? SaveState.SAVING : SaveState.SAVED);
            }
        } else {
            // The reason first, so a caller's failure handler can read it.
            fail(failure);
            onFailed.run();
        }
    }
}
