package sitrep.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;
import sitrep.domain.TimelineEntry;
import sitrep.incident.JournalRecord;

class TypedEntriesTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant NOW = Instant.parse("2024-03-05T14:30:00Z");
    private static final TimelineEntry ENTRY = new TimelineEntry("e1", Instant.parse("2024-03-05T14:00:00Z"),
            EntryKind.NOTE, "ana", "db-2 slow", Instant.parse("2024-03-05T14:00:05Z"), Map.of(), false);

    @Test
    void aQuickEntryLineBecomesAnAddedEntryWithItsTimeAndKind() {
        JournalRecord r = TypedEntries.quickEntry("14:12 restarted pgbouncer #mitigation", UTC, NOW, "ana");

        assertThat(r.type()).isEqualTo(JournalRecord.Type.ENTRY_ADDED);
        assertThat(r.event()).isEqualTo(Instant.parse("2024-03-05T14:12:00Z"));
        assertThat(r.kind()).isEqualTo(EntryKind.MITIGATION);
        assertThat(r.text()).isEqualTo("restarted pgbouncer");
        assertThat(r.author()).isEqualTo("ana");
    }

    @Test
    void aTodoLineBecomesAFollowup() {
        JournalRecord r = TypedEntries.quickEntry("TODO: alert on pool saturation", UTC, NOW, "ana");

        assertThat(r.kind()).isEqualTo(EntryKind.FOLLOWUP);
        assertThat(r.text()).contains("alert on pool saturation");
    }

    @Test
    void anEmptyLineIsRefusedInWords() {
        assertThatThrownBy(() -> TypedEntries.quickEntry("   ", UTC, NOW, "ana"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void anEditThatChangesNothingIsNoChange() {
        assertThat(TypedEntries.edit(ENTRY, " db-2 slow ", "", null, UTC, NOW)).isEmpty();
        assertThat(TypedEntries.edit(ENTRY, null, null, EntryKind.NOTE, UTC, NOW)).isEmpty();
    }

    @Test
    void anEditKeepsWhatItLeavesOutAndCanBeTakenBack() {
        EntryChange c = TypedEntries.edit(ENTRY, null, "14:06", EntryKind.MITIGATION, UTC, NOW).orElseThrow();

        assertThat(c.entryId()).isEqualTo("e1");
        assertThat(c.redo()).isEqualTo(EntryChange.Step.content(Instant.parse("2024-03-05T14:06:00Z"),
                EntryKind.MITIGATION, "db-2 slow"));
        assertThat(c.undo()).isEqualTo(EntryChange.Step.content(ENTRY.eventTime(), EntryKind.NOTE, "db-2 slow"));
    }

    @Test
    void anEditToNoTextIsRefusedWithTheWayToRemoveAnEntry() {
        assertThatThrownBy(() -> TypedEntries.edit(ENTRY, "  ", null, null, UTC, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an entry needs text; to remove it, delete it");
    }
}
