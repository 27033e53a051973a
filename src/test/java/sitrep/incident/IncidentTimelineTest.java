package sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.TimelineEntry;

class IncidentTimelineTest {

    private static final Instant T = Instant.parse("2026-06-10T14:00:00Z");

    private static Journaled at(JournalRecord r, String file, long line) {
        return new Journaled(r, file, line);
    }

    @Test
    void editsRetractionsAndRestoresFoldInJournalOrder() {
        IncidentTimeline t = new IncidentTimeline();
        t.apply(List.of(
                at(JournalRecord.added("e1", "ana", T, T.minusSeconds(30), EntryKind.NOTE, "db slow", Map.of()), "ana.jsonl", 1),
                at(JournalRecord.added("e2", "bo", T.plusSeconds(1), T.minusSeconds(60), EntryKind.DETECTION, "alert", Map.of()), "bo.jsonl", 1)));
        assertThat(t.entries()).extracting(TimelineEntry::id).containsExactly("e2", "e1");

        t.apply(at(JournalRecord.edited("e1", "ana", T.plusSeconds(2), T.minusSeconds(90), EntryKind.ACTION, "restarted db"), "ana.jsonl", 2));
        assertThat(t.entries()).extracting(TimelineEntry::text).containsExactly("restarted db", "alert");
        assertThat(t.entry("e1").orElseThrow().kind()).isEqualTo(EntryKind.ACTION);
        assertThat(t.entry("e1").orElseThrow().writtenAt()).isEqualTo(T);

        assertThat(t.apply(at(JournalRecord.retracted("e2", "ana", T.plusSeconds(3)), "ana.jsonl", 3))).containsExactly("e2");
        assertThat(t.entries()).extracting(TimelineEntry::id).containsExactly("e1");
        assertThat(t.allEntries()).hasSize(2);

        t.apply(at(JournalRecord.restored("e2", "bo", T.plusSeconds(4)), "bo.jsonl", 2));
        assertThat(t.entries()).extracting(TimelineEntry::id).containsExactly("e1", "e2");
    }

    @Test
    void theSameRecordTwiceIsAppliedOnceAndReportsNoChange() {
        IncidentTimeline t = new IncidentTimeline();
        Journaled add = at(JournalRecord.added("e1", "ana", T, T, EntryKind.NOTE, "x", Map.of()), "ana.jsonl", 1);
        assertThat(t.apply(add)).containsExactly("e1");
        assertThat(t.apply(add)).isEmpty();
        assertThat(t.entries()).hasSize(1);
    }

    @Test
    void anyArrivalOrderGivesTheSameTimeline() {
        List<Journaled> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String author = i % 2 == 0 ? "ana" : "bo";
            records.add(at(JournalRecord.added("e" + i, author, T.plusSeconds(i), T.plusSeconds(100 - i),
                    EntryKind.NOTE, "n" + i, Map.of()), author + ".jsonl", i));
        }
        records.add(at(JournalRecord.edited("e3", "ana", T.plusSeconds(50), T, EntryKind.ACTION, "first edit"), "ana.jsonl", 50));
        records.add(at(JournalRecord.edited("e3", "bo", T.plusSeconds(51), T, EntryKind.ACTION, "last edit"), "bo.jsonl", 51));
        records.add(at(JournalRecord.retracted("e4", "bo", T.plusSeconds(52)), "bo.jsonl", 52));
        IncidentTimeline inOrder = new IncidentTimeline();
        inOrder.apply(records);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<Journaled> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, random);
            IncidentTimeline t = new IncidentTimeline();
            for (Journaled j : shuffled) {
                t.apply(j);
            }
            assertThat(t.allEntries()).isEqualTo(inOrder.allEntries());
        }
        assertThat(inOrder.entry("e3").orElseThrow().text()).isEqualTo("last edit");
        assertThat(inOrder.entry("e4").orElseThrow().retracted()).isTrue();
    }

    @Test
    void incidentFieldsSetThroughTheJournalOverlayIncidentJson() {
        Incident base = new Incident("API outage", IncidentZone.parse("PST"), T, null, "SEV2", Map.of("commander", "ana"), false);
        IncidentTimeline t = new IncidentTimeline();
        t.apply(List.of(
                at(JournalRecord.incidentSet("severity", "SEV1", "bo", T.plusSeconds(2)), "bo.jsonl", 1),
                at(JournalRecord.incidentSet("severity", "SEV3", "ana", T.plusSeconds(1)), "ana.jsonl", 1),
                at(JournalRecord.incidentSet("role.scribe", "bo", "bo", T.plusSeconds(3)), "bo.jsonl", 2),
                at(JournalRecord.incidentSet("end", T.plusSeconds(3600).toString(), "bo", T.plusSeconds(4)), "bo.jsonl", 3),
                at(JournalRecord.incidentSet("zone", "Nowhere/Land", "bo", T.plusSeconds(5)), "bo.jsonl", 4)));
        Incident i = t.incident(base);
        assertThat(i.severity()).isEqualTo("SEV1");
        assertThat(i.roles()).containsEntry("commander", "ana").containsEntry("scribe", "bo");
        assertThat(i.end()).isEqualTo(T.plusSeconds(3600));
        assertThat(i.zone().label()).isEqualTo("PST");
    }
}
