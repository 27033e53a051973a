package sitrep.ui.timeline;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * This responder's undo and redo stacks of entry changes, newest first. A change taken off a stack is in flight
 * until its inverse record is written: {@link #done} puts it on the other stack, {@link #failed} back where it was.
 */
final class UndoHistory {

    private final Deque<EntryChange> undo = new ArrayDeque<>();
    private final Deque<EntryChange> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);

    /** Which way a change is replayed. */
    enum Direction { UNDO, REDO }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** A new change was saved: it can be undone, and nothing undone before can be redone any more. */
    void push(EntryChange change) {
        undo.addFirst(change);
        redo.clear();
        refresh();
    }

    /** Takes the newest change to replay in this direction, or null when there is none. */
    EntryChange take(Direction direction) {
        EntryChange change = from(direction).pollFirst();
        refresh();
        return change;
    }

    /** The replayed change was written: it can now be replayed the other way. */
    void done(Direction direction, EntryChange change) {
        (direction == Direction.UNDO ? redo : undo).addFirst(change);
        refresh();
    }

    /** The replayed change was not written: it goes back where it was taken from. */
    void failed(Direction direction, EntryChange change) {
        from(direction).addFirst(change);
        refresh();
    }

    private Deque<EntryChange> from(Direction direction) {
        return direction == Direction.UNDO ? undo : redo;
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
