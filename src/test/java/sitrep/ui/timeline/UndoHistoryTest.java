package sitrep.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sitrep.ui.timeline.UndoHistory.Direction;

class UndoHistoryTest {

    private final UndoHistory history = new UndoHistory();

    @Test
    void nothingToUndoOrRedoAtFirst() {
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.canRedoProperty().get()).isFalse();
        assertThat(history.take(Direction.UNDO)).isNull();
        assertThat(history.take(Direction.REDO)).isNull();
    }

    @Test
    void undoTakesTheNewestChangeAndAWrittenUndoCanBeRedone() {
        EntryChange first = EntryChange.added("a");
        EntryChange second = EntryChange.retracted("b");
        history.push(first);
        history.push(second);

        EntryChange taken = history.take(Direction.UNDO);
        assertThat(taken).isSameAs(second);
        assertThat(history.canRedoProperty().get()).isFalse();

        history.done(Direction.UNDO, taken);
        assertThat(history.canRedoProperty().get()).isTrue();
        assertThat(history.take(Direction.REDO)).isSameAs(second);
    }

    @Test
    void aFailedUndoGoesBackOnTheUndoStack() {
        EntryChange only = EntryChange.added("a");
        history.push(only);

        EntryChange taken = history.take(Direction.UNDO);
        assertThat(history.canUndoProperty().get()).isFalse();
        history.failed(Direction.UNDO, taken);

        assertThat(history.canUndoProperty().get()).isTrue();
        assertThat(history.canRedoProperty().get()).isFalse();
        assertThat(history.take(Direction.UNDO)).isSameAs(only);
    }

    @Test
    void aNewChangeClearsWhatCouldBeRedone() {
        history.push(EntryChange.added("a"));
        history.done(Direction.UNDO, history.take(Direction.UNDO));
        assertThat(history.canRedoProperty().get()).isTrue();

        history.push(EntryChange.added("b"));

        assertThat(history.canRedoProperty().get()).isFalse();
        assertThat(history.take(Direction.REDO)).isNull();
    }
}
