package sitrep.incident.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncStatusTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void unreachableSaysHowManyWaitSinceWhenAndWhy() {
        SyncStatus s = new SyncStatus(12, Instant.parse("2026-11-30T14:02:11Z"), "connection refused", true, List.of());
        assertThat(s.text(UTC)).isEqualTo("not synced: 12 records waiting, store unreachable since 14:02:11 (connection refused)");
        assertThat(s.inStep()).isFalse();
    }

    @Test
    void inStepPendingRefusingAndProblems() {
        assertThat(new SyncStatus(0, null, null, false, List.of()).text(UTC)).isEqualTo("synced");
        assertThat(new SyncStatus(1, null, null, false, List.of()).text(UTC)).isEqualTo("syncing: 1 record waiting");
        assertThat(new SyncStatus(3, Instant.parse("2026-11-30T09:00:00Z"), "password authentication failed for user x",
                false, List.of()).text(UTC))
                .isEqualTo("not synced: 3 records waiting, store refusing since 09:00:00 (password authentication failed for user x)");
        assertThat(new SyncStatus(0, null, null, false, List.of("line 2 of journal a.jsonl in the store is unreadable"))
                .text(UTC)).isEqualTo("synced, with 1 problem: line 2 of journal a.jsonl in the store is unreadable");
    }
}
