package sitrep.ui.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import sitrep.incident.postmortem.PostmortemField;

class PendingFieldEditsTest {

    private static final PostmortemField TITLE = PostmortemField.TITLE;
    private static final PostmortemField IMPACT = PostmortemField.IMPACT;

    private final PendingFieldEdits pending = new PendingFieldEdits();

    @Test
    void aSavedWriteClearsTheEditAndSaysSaved() {
        pending.markEdited(TITLE);
        long gen = pending.startWrite(TITLE, "\"db pool\"").orElseThrow();
        assertThat(pending.statusProperty().get()).isEqualTo("saving…");

        pending.finished(TITLE, gen, null);

        assertThat(pending.isEdited(TITLE)).isFalse();
        assertThat(pending.statusProperty().get()).isEqualTo("saved");
    }

    @Test
    void typingDuringTheWriteKeepsTheFieldEdited() {
        pending.markEdited(TITLE);
        long gen = pending.startWrite(TITLE, "\"db\"").orElseThrow();
        pending.markEdited(TITLE);

        pending.finished(TITLE, gen, null);

        assertThat(pending.isEdited(TITLE)).isTrue();
    }

    @Test
    void theSameValueInFlightIsNotWrittenTwice() {
        pending.markEdited(TITLE);
        assertThat(pending.startWrite(TITLE, "\"db\"")).isPresent();
        assertThat(pending.startWrite(TITLE, "\"db\"")).isEqualTo(OptionalLong.empty());
        assertThat(pending.startWrite(TITLE, "\"db pool\"")).isPresent();
    }

    @Test
    void aFailureIsShownUntilThatFieldIsSavedEvenWhileOthersSave() {
        pending.markEdited(TITLE);
        pending.markEdited(IMPACT);
        long s = pending.startWrite(TITLE, "\"a\"").orElseThrow();
        long i = pending.startWrite(IMPACT, "\"b\"").orElseThrow();

        pending.finished(TITLE, s, "No space left on device");
        pending.finished(IMPACT, i, null);
        assertThat(pending.statusProperty().get()).isEqualTo("NOT SAVED: No space left on device");
        assertThat(pending.isEdited(TITLE)).isTrue();

        long again = pending.startWrite(TITLE, "\"a\"").orElseThrow();
        pending.finished(TITLE, again, null);
        assertThat(pending.statusProperty().get()).isEqualTo("saved");
    }

    @Test
    void aValueThatCannotBeWrittenSaysWhy() {
        pending.markEdited(TITLE);
        pending.refused(TITLE, "not a date: 2023-13-01");

        assertThat(pending.statusProperty().get()).isEqualTo("NOT SAVED: not a date: 2023-13-01");
        assertThat(pending.isEdited(TITLE)).isTrue();
    }
}
