package sitrep.incident.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.incident.JournalRecord;
import sitrep.incident.Journaled;
import sitrep.incident.IncidentTimeline;

class IncidentCommandTest {

    private static final Instant START = Instant.parse("2023-06-10T22:00:00Z");
    private static final Incident INCIDENT = new Incident("Service Outage", IncidentZone.parse("PST"), START, null,
            "", Map.of(), false);

    private static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    private static IncidentCommand fold(List<Journaled> records) {
        IncidentTimeline t = new IncidentTimeline();
        t.apply(records);
        Incident i = t.incident(INCIDENT);
        return IncidentCommand.of(i, t.entries(), t.incidentFields());
    }

    @Test
    void twoRespondersChangingTheStatusAtOnceGetOneResultWithBothInTheHistory() {
        Instant written = at(90);
        Journaled ana = new Journaled(CommandEntries.status(IncidentState.IDENTIFIED, "ana", written, at(90)),
                "ana.jsonl", 1);
        Journaled bo = new Journaled(CommandEntries.status(IncidentState.MONITORING, "bo", written, at(90)),
                "bo.jsonl", 1);
        IncidentCommand one = fold(List.of(ana, bo));
        IncidentCommand other = fold(List.of(bo, ana));
        assertThat(one.state()).isEqualTo(other.state()).isPresent();
        assertThat(one.statusHistory()).hasSize(2).isEqualTo(other.statusHistory());
        assertThat(one.statusHistory()).extracting(IncidentCommand.Change::author).containsExactlyInAnyOrder("ana", "bo");
        assertThat(one.state().get().wireName()).isEqualTo(one.statusHistory().get(1).value());
    }

    @Test
    void milestonesComeFromStatusAndKindsAndAnEditWinsAndBadOrdersWarn() {
        List<Journaled> r = new ArrayList<>();
        r.add(j(JournalRecord.added("d", "ana", at(10), at(10), EntryKind.DETECTION, "alert", Map.of())));
        r.add(j(CommandEntries.role(Role.COMMANDER, "alice", "", false, "ana", at(12), at(12))));
        r.add(j(JournalRecord.added("m", "ana", at(40), at(40), EntryKind.MITIGATION, "rolled back", Map.of())));
        r.add(j(CommandEntries.status(IncidentState.IDENTIFIED, "ana", at(50), at(50))));
        r.add(j(CommandEntries.status(IncidentState.RESOLVED, "ana", at(60), at(60))));
        r.add(j(JournalRecord.incidentSet("end", at(60).toString(), "ana", at(60))));
        IncidentCommand c = fold(r);
        Milestones m = c.milestones();
        assertThat(m.at(Milestone.DETECTED)).contains(at(10));
        assertThat(m.at(Milestone.ACKNOWLEDGED)).contains(at(12));
        assertThat(m.at(Milestone.MITIGATED)).contains(at(40));
        assertThat(m.at(Milestone.IDENTIFIED)).contains(at(50));
        assertThat(m.at(Milestone.RESOLVED)).contains(at(60));
        assertThat(m.warnings()).isEmpty();
        assertThat(ResponseMetric.of(m, List.of())).filteredOn(x -> x.name().equals("Time to mitigate"))
                .singleElement().satisfies(x -> {
                    assertThat(x.value()).contains(Duration.ofMinutes(40));
                    assertThat(x.formula()).isEqualTo("time to mitigate = mitigated - started");
                });

        r.add(j(JournalRecord.incidentSet(Milestone.DETECTED.field(), at(-5).toString(), "bo", at(70))));
        r.add(j(JournalRecord.incidentSet(Milestone.MITIGATED.field(), at(65).toString(), "bo", at(71))));
        Milestones edited = fold(r).milestones();
        assertThat(edited.isEdited(Milestone.DETECTED)).isTrue();
        assertThat(edited.warnings()).containsExactly("Detected is before the incident started",
                "Resolved is before mitigated");
    }

    @Test
    void severityRolesUpdatesFollowupsAndStarsFold() {
        List<Journaled> r = new ArrayList<>();
        r.add(j(CommandEntries.severity(Severity.SEV2, "ana", at(1), at(1))));
        r.add(j(CommandEntries.severity(Severity.SEV1, "ana", at(2), at(2))));
        r.add(j(CommandEntries.severity(Severity.SEV3, "ana", at(3), at(3))));
        r.add(j(CommandEntries.role(Role.COMMANDER, "alice", "", false, "ana", at(4), at(4))));
        r.add(j(CommandEntries.role(Role.SME, "carol", "", false, "ana", at(5), at(5))));
        r.add(j(CommandEntries.role(Role.SME, "dan", "", false, "ana", at(5), at(5))));
        r.add(j(CommandEntries.role(Role.SME, "carol", "", true, "ana", at(6), at(6))));
        JournalRecord fu = CommandEntries.followup("Add alert @carol 2023-06-30 !p1", LocalDate.of(2023, 6, 10), "ana",
                at(7), at(7));
        r.add(j(fu));
        r.add(j(CommandEntries.followupMark(fu.entryId(), CommandEntries.FOLLOWUP_STATE, "done", "bo", at(8))));
        r.add(j(CommandEntries.star(fu.entryId(), true, "bo", at(9))));
        r.add(j(CommandEntries.update(StakeholderUpdate.fromText(IncidentState.IDENTIFIED,
                "Errors. Actions: rollback Needs: DBA"), "ana", at(10), at(10))));
        IncidentCommand c = fold(r);
        assertThat(c.severity()).contains(Severity.SEV3);
        assertThat(c.highestSeverity()).contains(Severity.SEV1);
        assertThat(c.severityHistory()).hasSize(3);
        assertThat(c.holder(Role.COMMANDER)).contains("alice");
        assertThat(c.experts()).containsExactly("dan");
        assertThat(c.followups()).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("Add alert");
            assertThat(f.owner()).contains("carol");
            assertThat(f.due()).contains(LocalDate.of(2023, 6, 30));
            assertThat(f.priority()).contains(FollowupPriority.HIGH);
            assertThat(f.done()).isTrue();
        });
        assertThat(c.starred()).containsExactly(fu.entryId());
        assertThat(c.updates()).singleElement().satisfies(u -> {
            assertThat(u.update().conditions()).isEqualTo("Errors.");
            assertThat(u.update().actions()).isEqualTo("rollback");
            assertThat(u.update().needs()).isEqualTo("DBA");
        });
        // Unstarring is a later record; the journal keeps both.
        r.add(j(CommandEntries.star(fu.entryId(), false, "bo", at(11))));
        Collections.reverse(r);
        assertThat(fold(r).starred()).isEmpty();
    }

    @Test
    void followupMarksAreReadAndLeaveTheText() {
        LocalDate today = LocalDate.of(2023, 6, 10);
        assertThat(FollowupText.parse("Fix pool @bo June 30 !high", today).marks()).containsEntry("followup.owner", "bo")
                .containsEntry("followup.due", "2023-06-30").containsEntry("followup.priority", "high");
        assertThat(FollowupText.parse("runbook due tomorrow", today).marks()).containsEntry("followup.due",
                "2023-06-11");
        assertThat(FollowupText.parse("runbook 1 Jan", today).marks()).containsEntry("followup.due", "2024-01-01");
        assertThat(FollowupText.parse("mail bob@example.com !later", today).text())
                .isEqualTo("mail bob@example.com !later");
        assertThatThrownBy(() -> FollowupText.parse("@bo !p1", today)).hasMessage("the follow-up has no text");
        assertThatThrownBy(() -> FollowupText.parse("x 2023-02-30", today)).hasMessage("'2023-02-30' is not a date");
    }

    private static Journaled j(JournalRecord r) {
        return new Journaled(r, r.author() + ".jsonl", r.written().getEpochSecond());
    }
}
