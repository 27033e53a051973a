package sitrep.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.Suggestion;
import sitrep.incident.IncidentJournal;
import sitrep.incident.JournalReader;
import sitrep.incident.JournalRecord;
import sitrep.incident.JournalReplay;
import sitrep.incident.Journaled;
import sitrep.incident.RecordAppender;
import sitrep.incident.ReplayWarning;
import sitrep.ui.timeline.TimelineViewModel.SaveState;

class TimelineViewModelTest {

    @TempDir
    Path dir;

    // 14:30:05 PST on June 10, 2023
    private static final Instant NOW = Instant.parse("2023-06-10T22:30:05Z");
    private static final Incident INCIDENT = new Incident("API outage", IncidentZone.parse("PST"),
            Instant.parse("2023-06-10T22:00:00Z"), null, "SEV1", Map.of(), false);
    private static final Executor DIRECT = Runnable::run;

    private final List<JournalRecord> written = new ArrayList<>();
    private boolean diskFull;

    private final RecordAppender memory = r -> {
        if (diskFull) {
            throw new IOException("could not save to the journal journal/ana.jsonl: No space left on device");
        }
        written.add(r);
        return new Journaled(r, "ana.jsonl", written.size());
    };

    private TimelineViewModel vm(RecordAppender journal) {
        return new TimelineViewModel(INCIDENT, "ana", journal, Clock.fixed(NOW, ZoneOffset.UTC), DIRECT, DIRECT);
    }

    private static void type(TimelineViewModel vm, String line) {
        vm.entryTextProperty().set(line);
        vm.submit();
    }

    @Test
    void enterWritesTheNoteAndShowsItSortedWithFormattedTimes() {
        TimelineViewModel vm = vm(memory);
        type(vm, "14:05 restarted pgbouncer #action");
        type(vm, "14:01 p99 latency alert #detect");
        type(vm, "still looking");

        assertThat(vm.entryTextProperty().get()).isEmpty();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(vm.rows()).extracting(TimelineRow::text)
                .containsExactly("p99 latency alert", "restarted pgbouncer", "still looking");
        TimelineRow first = vm.rows().get(0);
        assertThat(first.kind()).isEqualTo(EntryKind.DETECTION);
        assertThat(first.author()).isEqualTo("ana");
        assertThat(first.timeText()).isEqualTo("14:01:00");
        assertThat(first.utcText()).isEqualTo("2023-06-10 22:01:00 UTC");
        assertThat(first.mine()).isTrue();
        assertThat(vm.rows().get(2).timeText()).isEqualTo("14:30:05");
        assertThat(written).hasSize(3).allSatisfy(r -> assertThat(r.type()).isEqualTo(JournalRecord.Type.ENTRY_ADDED));
    }

    @Test
    void nothingShowsAsSavedBeforeTheWriteReturns() {
        Queue<Runnable> io = new ArrayDeque<>();
        TimelineViewModel vm = new TimelineViewModel(INCIDENT, "ana", memory, Clock.fixed(NOW, ZoneOffset.UTC),
                io::add, DIRECT);
        type(vm, "db failover started");

        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVING);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.entryTextProperty().get()).isEqualTo("db failover started");

        vm.submit();
        assertThat(io).as("Enter twice while saving writes one note").hasSize(1);
        vm.entryTextProperty().set("next thought");
        io.remove().run();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(vm.rows()).extracting(TimelineRow::text).containsExactly("db failover started");
        assertThat(vm.entryTextProperty().get()).isEqualTo("next thought");
    }

    @Test
    void aFailedWriteKeepsTheTextAndSaysWhyLoudly() {
        TimelineViewModel vm = vm(memory);
        diskFull = true;
        type(vm, "14:05 restarted pgbouncer");

        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.ERROR);
        assertThat(vm.errorProperty().get()).contains("Not saved").contains("No space left on device");
        assertThat(vm.entryTextProperty().get()).isEqualTo("14:05 restarted pgbouncer");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();

        diskFull = false;
        vm.submit();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.entryTextProperty().get()).isEmpty();
        assertThat(vm.rows()).hasSize(1);
    }

    @Test
    void aJournalInAFolderThatCannotBeWrittenKeepsTheText() throws IOException {
        Path incident = dir.resolve("incident");
        Files.writeString(incident, "a regular file where the folder should be");
        RecordAppender unwritable = r -> {
            try (IncidentJournal j = IncidentJournal.open(incident.resolve("journal"), "ana")) {
                return j.append(r);
            }
        };
        TimelineViewModel vm = vm(unwritable);
        type(vm, "restarted pgbouncer");

        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.ERROR);
        assertThat(vm.errorProperty().get()).contains("cannot create the journal folder");
        assertThat(vm.entryTextProperty().get()).isEqualTo("restarted pgbouncer");
    }

    @Test
    void badInputIsAnErrorAndWritesNothing() {
        TimelineViewModel vm = vm(memory);
        type(vm, "14:75 restarted");
        assertThat(vm.errorProperty().get()).contains("'14:75'");
        assertThat(vm.entryTextProperty().get()).isEqualTo("14:75 restarted");
        assertThat(written).isEmpty();
    }

    @Test
    void editRetractUndoAndRedoEachWriteARecord() {
        TimelineViewModel vm = vm(memory);
        type(vm, "14:05 restarted pgbouncer");
        String id = vm.rows().get(0).id();

        vm.edit(id, "restarted pgbouncer on db-2", "14:06", EntryKind.MITIGATION);
        assertThat(vm.rows().get(0).text()).isEqualTo("restarted pgbouncer on db-2");
        assertThat(vm.rows().get(0).timeText()).isEqualTo("14:06:00");
        assertThat(vm.rows().get(0).kind()).isEqualTo(EntryKind.MITIGATION);

        vm.retract(id);
        assertThat(vm.rows()).isEmpty();

        vm.undo();
        assertThat(vm.rows()).extracting(TimelineRow::text).containsExactly("restarted pgbouncer on db-2");
        vm.undo();
        assertThat(vm.rows()).extracting(TimelineRow::text).containsExactly("restarted pgbouncer");
        assertThat(vm.rows().get(0).timeText()).isEqualTo("14:05:00");
        vm.undo();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.canRedoProperty().get()).isTrue();

        vm.redo();
        vm.redo();
        assertThat(vm.rows()).extracting(TimelineRow::text).containsExactly("restarted pgbouncer on db-2");

        assertThat(written).extracting(JournalRecord::type).containsExactly(
                JournalRecord.Type.ENTRY_ADDED, JournalRecord.Type.ENTRY_EDITED, JournalRecord.Type.ENTRY_RETRACTED,
                JournalRecord.Type.ENTRY_RESTORED, JournalRecord.Type.ENTRY_EDITED, JournalRecord.Type.ENTRY_RETRACTED,
                JournalRecord.Type.ENTRY_RESTORED, JournalRecord.Type.ENTRY_EDITED);

        type(vm, "new note");
        assertThat(vm.canRedoProperty().get()).as("a new edit forgets the redo history").isFalse();
    }

    @Test
    void aFailedUndoStaysUndoable() {
        TimelineViewModel vm = vm(memory);
        type(vm, "note");
        diskFull = true;
        vm.undo();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.ERROR);
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.canUndoProperty().get()).isTrue();
        diskFull = false;
        vm.undo();
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void suggestionsAreAcceptedWithEvidenceOrDismissed() {
        TimelineViewModel vm = vm(memory);
        Suggestion firing = new Suggestion(Instant.parse("2023-06-10T22:00:00Z"), EntryKind.DETECTION,
                "HighLatency firing", Map.of("alertname", "HighLatency", "severity", "page"));
        Suggestion pinned = new Suggestion(Instant.parse("2023-06-10T22:10:00Z"), EntryKind.NOTE,
                "pinned: error rate 12%", Map.of("query", "rate(errors[5m])", "value", "0.12"));
        vm.offerSuggestion(firing);
        vm.offerSuggestion(firing);
        vm.offerSuggestion(pinned);
        assertThat(vm.suggestions()).containsExactly(firing, pinned);

        vm.acceptSuggestion(firing);
        vm.dismissSuggestion(pinned);

        assertThat(vm.suggestions()).isEmpty();
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("HighLatency firing");
            assertThat(r.timeText()).isEqualTo("14:00:00");
            assertThat(r.evidence()).containsEntry("alertname", "HighLatency");
        });
        assertThat(written).singleElement().satisfies(r -> assertThat(r.evidence()).hasSize(2));
        vm.undo();
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void aFlappingComponentIsOneSuggestionThatGrowsAndOthersStay() {
        TimelineViewModel vm = vm(memory);
        Suggestion alert = new Suggestion(Instant.parse("2023-06-10T22:02:00Z"), EntryKind.DETECTION,
                "Alert DatabaseUnreachable firing", Map.of("alert", "DatabaseUnreachable"));
        vm.offerSuggestion(alert);
        String[] at = {"22:04:00", "22:04:40", "22:06:00", "22:06:40", "22:08:00"};
        for (int i = 0; i < at.length; i++) {
            vm.offerSuggestion(new Suggestion(Instant.parse("2023-06-10T" + at[i] + "Z"),
                    i % 2 == 0 ? EntryKind.DETECTION : EntryKind.RESOLUTION, "healthz is changed " + i,
                    Map.of("source", "drill:prometheus", "component", "healthz", "level",
                            i % 2 == 0 ? "major_outage" : "operational")));
            if (i == 1) {
                assertThat(vm.suggestions()).hasSize(3); // two changes are news, not flapping yet
            }
        }
        assertThat(vm.suggestions()).hasSize(2);
        assertThat(vm.suggestions().get(0)).isEqualTo(alert);
        Suggestion flapping = vm.suggestions().get(1);
        assertThat(flapping.text()).isEqualTo("healthz flapping 14:04 to 14:08, 5 changes");
        assertThat(flapping.time()).isEqualTo(Instant.parse("2023-06-10T22:04:00Z"));
        assertThat(flapping.evidence()).containsEntry("changes", "5").containsEntry("source", "drill:prometheus");

        // Calm for more than five minutes: the next change is news again.
        Suggestion later = new Suggestion(Instant.parse("2023-06-10T22:20:00Z"), EntryKind.RESOLUTION,
                "healthz is operational", Map.of("source", "drill:prometheus", "component", "healthz"));
        vm.offerSuggestion(later);
        assertThat(vm.suggestions()).containsExactly(alert, flapping, later);
    }

    @Test
    void filtersByKindAuthorAndTextWithoutReordering() {
        TimelineViewModel vm = vm(memory);
        Instant t = Instant.parse("2023-06-10T22:00:00Z");
        vm.load(List.of(
                new Journaled(JournalRecord.added("a", "bo", t, t.plusSeconds(60), EntryKind.ACTION, "Restarted DB", Map.of()), "bo.jsonl", 1),
                new Journaled(JournalRecord.added("b", "cy", t, t.plusSeconds(30), EntryKind.ACTION, "restarted cache", Map.of()), "cy.jsonl", 1),
                new Journaled(JournalRecord.added("c", "bo", t, t.plusSeconds(10), EntryKind.DETECTION, "alert", Map.of()), "bo.jsonl", 2)),
                List.of());
        assertThat(vm.rows()).extracting(TimelineRow::id).containsExactly("c", "b", "a");

        vm.kindFilterProperty().set(EntryKind.ACTION);
        assertThat(vm.rows()).extracting(TimelineRow::id).containsExactly("b", "a");
        vm.authorFilterProperty().set("BO");
        assertThat(vm.rows()).extracting(TimelineRow::id).containsExactly("a");
        vm.authorFilterProperty().set("");
        vm.textFilterProperty().set("restarted c");
        assertThat(vm.rows()).extracting(TimelineRow::id).containsExactly("b");
        vm.kindFilterProperty().set(null);
        vm.textFilterProperty().set(" ");
        assertThat(vm.rows()).hasSize(3);
    }

    @Test
    void crossingMidnightShowsDatesOnEveryRow() {
        TimelineViewModel vm = vm(memory);
        type(vm, "14:05 restarted");
        assertThat(vm.rows().get(0).timeText()).isEqualTo("14:05:00");
        String id = vm.rows().get(0).id();
        vm.edit(id, null, "2023-06-11 00:10", null);
        assertThat(vm.rows()).extracting(TimelineRow::timeText).containsExactly("2023-06-11 00:10:00");
        vm.undo();
        assertThat(vm.rows()).extracting(TimelineRow::timeText).containsExactly("14:05:00");
    }

    @Test
    void otherRespondersRecordsAndSkippedLinesArriveThroughTheJournal() throws IOException {
        Path journalDir = dir.resolve("journal");
        try (IncidentJournal ana = IncidentJournal.open(journalDir, "ana");
             IncidentJournal bo = IncidentJournal.open(journalDir, "bo")) {
            Files.writeString(journalDir.resolve("old.jsonl"), "garbage\n");
            JournalReader reader = new JournalReader(journalDir);
            TimelineViewModel vm = vm(ana);
            var start = JournalReplay.replay(journalDir);
            vm.load(start.records(), start.warnings());
            reader.readNew();
            assertThat(vm.warningProperty().get()).startsWith("1 journal line was skipped").contains("old.jsonl line 1");
            assertThat(vm.warnings()).extracting(ReplayWarning::file).containsExactly("old.jsonl");

            type(vm, "mine");
            bo.append(JournalRecord.added("b1", "bo", NOW, NOW.minusSeconds(600), EntryKind.ESCALATION, "paged DBA", Map.of()));
            vm.recordsArrived(reader.readNew());

            assertThat(vm.rows()).extracting(TimelineRow::text).containsExactly("paged DBA", "mine");
            assertThat(vm.rows()).extracting(TimelineRow::mine).containsExactly(false, true);
        }
    }
}
