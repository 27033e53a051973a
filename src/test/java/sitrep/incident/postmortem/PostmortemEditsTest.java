package sitrep.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.EntryKind;
import sitrep.incident.IncidentJournal;
import sitrep.incident.JournalRecord;
import sitrep.incident.JournalReplay;
import sitrep.incident.Journaled;
import sitrep.incident.IncidentTimeline;
import sitrep.postmortem.Impact;
import sitrep.postmortem.Measure;
import sitrep.postmortem.Task;

/** Postmortem fields go through the journal: durable appends, merged across responders, latest wins. */
class PostmortemEditsTest {

    private static final Instant T0 = Instant.parse("2023-06-11T09:00:00Z");

    @TempDir
    Path dir;

    private PostmortemEdits replayed() throws IOException {
        IncidentTimeline timeline = new IncidentTimeline();
        timeline.apply(JournalReplay.replay(dir).records());
        return PostmortemEdits.of(timeline);
    }

    @Test
    void everyFieldRoundTripsThroughTheJournal() throws IOException {
        Measure measure = new Measure("Review changes", "Two people review network changes.",
                List.of(new Task("Add a checklist", Optional.of("bo"), Optional.of(LocalDate.of(2023, 6, 30))),
                        Task.of("Train the team")));
        try (IncidentJournal journal = IncidentJournal.open(dir, "ana")) {
            List<PostmortemEdit> edits = List.of(PostmortemEdit.title("DB outage"),
                    PostmortemEdit.impact(new Impact("Half of the users \"saw\" errors.", OptionalDouble.of(50))),
                    PostmortemEdit.rootCause("A firewall rule."), PostmortemEdit.resolution("Rule reverted."),
                    PostmortemEdit.measures(List.of(measure)), PostmortemEdit.measuresClosing("Closing."),
                    PostmortemEdit.conclusion("In conclusion."), PostmortemEdit.excludedEntries(List.of("e2", "e1")),
                    PostmortemEdit.window(Optional.of(T0), Optional.empty()),
                    PostmortemEdit.unplaced(List.of("kept\ntext")));
            for (int i = 0; i < edits.size(); i++) {
                edits.get(i).appendTo(journal, "ana", T0.plusSeconds(i));
            }
        }
        PostmortemEdits e = replayed();
        assertThat(e.title()).contains("DB outage");
        assertThat(e.impact()).isEqualTo(new Impact("Half of the users \"saw\" errors.", OptionalDouble.of(50)));
        assertThat(e.rootCause()).isEqualTo("A firewall rule.");
        assertThat(e.resolution()).isEqualTo("Rule reverted.");
        assertThat(e.measures()).containsExactly(measure);
        assertThat(e.measuresClosing()).isEqualTo("Closing.");
        assertThat(e.conclusion()).isEqualTo("In conclusion.");
        assertThat(e.excludedEntryIds()).containsExactlyInAnyOrder("e1", "e2");
        assertThat(e.windowStart()).contains(T0);
        assertThat(e.windowEnd()).isEmpty();
        assertThat(e.unplaced()).containsExactly("kept\ntext");
        assertThat(Files.readString(dir.resolve("ana.jsonl"))).contains("\"type\":\"postmortem.set\"")
                .contains("\"field\":\"root-cause\"");
    }

    @Test
    void theLatestWrittenEditWinsAcrossRespondersWhateverTheFileOrder() throws IOException {
        try (IncidentJournal ana = IncidentJournal.open(dir, "ana"); IncidentJournal bo = IncidentJournal.open(dir, "bo")) {
            PostmortemEdit.rootCause("ana's late guess").appendTo(ana, "ana", T0.plusSeconds(60));
            PostmortemEdit.rootCause("bo's early guess").appendTo(bo, "bo", T0);
            PostmortemEdit.conclusion("same instant, ana").appendTo(ana, "ana", T0.plusSeconds(5));
            PostmortemEdit.conclusion("same instant, bo").appendTo(bo, "bo", T0.plusSeconds(5));
        }
        PostmortemEdits e = replayed();
        assertThat(e.rootCause()).isEqualTo("ana's late guess");
        // Equal written times fall back to the author, as every other record of the journal does.
        assertThat(e.conclusion()).isEqualTo("same instant, bo");
    }

    @Test
    void clearingAFieldBringsBackTheDefault() throws IOException {
        try (IncidentJournal journal = IncidentJournal.open(dir, "ana")) {
            PostmortemEdit.title("Override").appendTo(journal, "ana", T0);
            PostmortemEdit.measures(List.of(new Measure("m", "", List.of()))).appendTo(journal, "ana", T0);
            PostmortemEdit.clear(PostmortemField.TITLE).appendTo(journal, "ana", T0.plusSeconds(1));
            PostmortemEdit.clear(PostmortemField.MEASURES).appendTo(journal, "ana", T0.plusSeconds(1));
        }
        PostmortemEdits e = replayed();
        assertThat(e.title()).isEmpty();
        assertThat(e.measures()).isEmpty();
    }

    @Test
    void aJournalWithoutPostmortemRecordsGivesNoEdits() throws IOException {
        try (IncidentJournal journal = IncidentJournal.open(dir, "ana")) {
            journal.append(JournalRecord.added("e1", "ana", T0, T0, EntryKind.NOTE, "a note", Map.of()));
            journal.append(JournalRecord.incidentSet("severity", "SEV2", "ana", T0));
        }
        assertThat(replayed()).isEqualTo(PostmortemEdits.none());
    }

    @Test
    void aRecordFromANewerVersionIsSkippedWithAWarningAndTheRestIsRead() throws IOException {
        try (IncidentJournal journal = IncidentJournal.open(dir, "ana")) {
            PostmortemEdit.rootCause("readable").appendTo(journal, "ana", T0);
        }
        Files.writeString(dir.resolve("ana.jsonl"), "{\"v\":2,\"type\":\"postmortem.set\",\"id\":\"x\",\"author\":\"ana\","
                + "\"written\":\"2023-06-11T10:00:00Z\",\"field\":\"root-cause\",\"value\":\"\\\"from the future\\\"\"}\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        JournalReplay.Result replay = JournalReplay.replay(dir);
        assertThat(replay.warnings()).hasSize(1);
        assertThat(replay.warnings().get(0).toString()).contains("newer");
        assertThat(replayed().rootCause()).isEqualTo("readable");
    }

    @Test
    void anUnknownFieldOrABadValueIsIgnoredAndTheOtherFieldsStand() {
        PostmortemEdits e = PostmortemEdits.of(Map.of("root-cause", "\"fine\"", "measures", "{\"not\":\"a list\"}",
                "severity-matrix", "[1,2]", "window", "{\"start\":\"not a time\"}"));
        assertThat(e.rootCause()).isEqualTo("fine");
        assertThat(e.measures()).isEmpty();
        assertThat(e.windowStart()).isEmpty();
    }

    @Test
    void withAppliesOneEditInMemoryLikeTheJournalWould() throws IOException {
        Journaled written;
        try (IncidentJournal journal = IncidentJournal.open(dir, "ana")) {
            written = PostmortemEdit.excludedEntries(Set.of("b", "a")).appendTo(journal, "ana", T0);
        }
        assertThat(written.record().value()).isEqualTo("[\"a\",\"b\"]");
        PostmortemEdits inMemory = PostmortemEdits.none().with(PostmortemEdit.excludedEntries(Set.of("a", "b")));
        assertThat(inMemory).isEqualTo(replayed());
    }
}
