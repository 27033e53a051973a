package sitrep.ui.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.incident.JournalRecord;
import sitrep.incident.Journaled;
import sitrep.incident.RecordAppender;
import sitrep.incident.command.CommandEntries;
import sitrep.incident.command.CommandPolicy;
import sitrep.incident.command.IncidentState;
import sitrep.incident.command.Milestone;
import sitrep.incident.command.Role;
import sitrep.incident.command.Severity;
import sitrep.incident.command.StakeholderUpdate;
import sitrep.ui.timeline.TimelineRow;
import sitrep.ui.timeline.TimelineViewModel;

class CommandViewModelTest {

    private static final Instant START = Instant.parse("2023-06-10T22:00:00Z"); // 14:00 PST
    private static final Incident INCIDENT = new Incident("Service Outage", IncidentZone.parse("PST"), START, null,
            "", Map.of(), false);
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
    private final MutableClock clock = new MutableClock(START.plus(Duration.ofMinutes(20)));
    private final List<String> copied = new ArrayList<>();
    private final TimelineViewModel timeline = new TimelineViewModel(INCIDENT, "ana", memory, clock, DIRECT, DIRECT);
    private final CommandViewModel vm = new CommandViewModel(timeline, CommandPolicy.defaults(), clock,
            (plain, md) -> {
                copied.add(plain);
                copied.add(md);
            });

    @Test
    void summaryFollowsStatusSeverityAndCommanderAndTheyShowInTheTimeline() {
        assertThat(vm.statusProperty().get()).isEqualTo("No status");
        assertThat(vm.severityProperty().get()).isEqualTo("No severity");
        assertThat(vm.commanderProperty().get()).isEqualTo("No commander");
        assertThat(vm.countdownProperty().get()).isEmpty();

        vm.setSeverity(Severity.SEV1, "");
        vm.assignRole(Role.COMMANDER, "alice", false, "14:10");
        clock.advance(Duration.ofSeconds(1));
        vm.setStatus(IncidentState.INVESTIGATING, "");
        clock.advance(Duration.ofSeconds(1));
        vm.assignRole(Role.COMMANDER, "bob", false, "");

        assertThat(vm.statusProperty().get()).isEqualTo("Investigating");
        assertThat(vm.severityProperty().get()).isEqualTo("SEV1");
        assertThat(vm.severityDefinitionProperty().get()).startsWith("Critical");
        assertThat(vm.commanderProperty().get()).isEqualTo("IC bob");
        assertThat(timeline.rows()).extracting(TimelineRow::kind).containsExactly(EntryKind.ROLE, EntryKind.SEVERITY,
                EntryKind.STATUS, EntryKind.ROLE);
        assertThat(timeline.rows().get(3).text()).isEqualTo("alice hands command to bob");
        // A wrong status is undone like a note.
        timeline.undo();
        assertThat(vm.commanderProperty().get()).isEqualTo("IC alice");
    }

    @Test
    void theCadenceCountsDownFromTheLastUpdateAndTurnsOverdue() {
        vm.setSeverity(Severity.SEV1, "");
        assertThat(vm.countdownProperty().get()).isEqualTo("Next update in 30:00");
        clock.advance(Duration.ofMinutes(31));
        vm.tick();
        assertThat(vm.countdownProperty().get()).isEqualTo("Update overdue by 1:00");
        assertThat(vm.overdueProperty().get()).isTrue();

        vm.postUpdate(new StakeholderUpdate(IncidentState.INVESTIGATING, "API errors", "", ""));
        assertThat(vm.overdueProperty().get()).isFalse();
        assertThat(vm.countdownProperty().get()).isEqualTo("Next update in 30:00");
        vm.setSeverity(Severity.SEV3, "");
        assertThat(vm.countdownProperty().get()).as("no cadence below SEV2 by default").isEmpty();

        CommandViewModel custom = new CommandViewModel(timeline, CommandPolicy.of(Map.of(), Map.of("SEV3", 120)),
                clock, (a, b) -> { });
        assertThat(custom.countdownProperty().get()).isEqualTo("Next update in 2:00:00");
    }

    @Test
    void theComposerIsPrefilledAndPostingJournalsAndCopiesTextAndMarkdown() {
        vm.setStatus(IncidentState.IDENTIFIED, "");
        timeline.entryTextProperty().set("14:15 rolled back the network config #action");
        timeline.submit();
        StakeholderUpdate draft = vm.draftUpdate();
        assertThat(draft.state()).isEqualTo(IncidentState.IDENTIFIED);
        assertThat(draft.conditions()).contains("is identified");
        assertThat(draft.actions()).isEqualTo("rolled back the network config");

        vm.postUpdate(new StakeholderUpdate(IncidentState.IDENTIFIED, "API errors for most users", draft.actions(),
                "a DBA"));
        assertThat(copied).containsExactly(
                "Service Outage - Identified (14:20 PST)\nConditions: API errors for most users\n"
                        + "Actions: rolled back the network config\nNeeds: a DBA\n",
                "**Service Outage - Identified** (14:20 PST)\n\n- **Conditions:** API errors for most users\n"
                        + "- **Actions:** rolled back the network config\n- **Needs:** a DBA\n");
        assertThat(vm.commandProperty().get().updates()).hasSize(1);
        assertThat(vm.draftUpdate().actions()).as("actions since the last update only").isEmpty();
    }

    @Test
    void resolvingSetsTheConfirmedEndAndReopeningClearsIt() {
        vm.setStatus(IncidentState.RESOLVED, "14:18");
        Instant end = START.plus(Duration.ofMinutes(18));
        assertThat(vm.incident().end()).isEqualTo(end);
        assertThat(vm.commandProperty().get().milestones().at(Milestone.RESOLVED)).contains(end);
        vm.setStatus(IncidentState.REOPENED, "");
        assertThat(vm.incident().end()).isNull();
        vm.setStatus(IncidentState.RESOLVED, "13:00");
        assertThat(vm.errorProperty().get()).isEqualTo("The incident cannot be resolved before it started.");
        vm.editMilestone(Milestone.DETECTED, "14:02");
        assertThat(vm.commandProperty().get().milestones().isEdited(Milestone.DETECTED)).isTrue();
        vm.setStatus(IncidentState.MONITORING, "quarter past");
        assertThat(vm.errorProperty().get()).contains("'quarter past' is not a time");
    }

    @Test
    void aFailedWriteSaysWhyAndChangesNothing() {
        diskFull = true;
        vm.setStatus(IncidentState.IDENTIFIED, "");
        assertThat(vm.errorProperty().get()).contains("No space left on device");
        assertThat(vm.statusProperty().get()).isEqualTo("No status");
    }

    @Test
    void followupsFromQuickEntryAreEditedAndStarsFilter() {
        timeline.entryTextProperty().set("TODO: alert on pool saturation @carol !p1 2023-06-30");
        timeline.submit();
        clock.advance(Duration.ofSeconds(1));
        timeline.entryTextProperty().set("#followup review runbook");
        timeline.submit();
        var f = vm.commandProperty().get().followups();
        assertThat(f).hasSize(2);
        assertThat(f.get(0).owner()).contains("carol");
        vm.markFollowup(f.get(1).entryId(), CommandEntries.FOLLOWUP_DUE, "July 1");
        vm.markFollowup(f.get(1).entryId(), CommandEntries.FOLLOWUP_PRIORITY, "urgent");
        vm.markFollowup(f.get(1).entryId(), CommandEntries.FOLLOWUP_DUE, "someday");
        assertThat(vm.errorProperty().get()).contains("'someday' is not a date");
        var second = vm.commandProperty().get().followups().get(1);
        assertThat(second.due()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2023-07-01"));
        assertThat(second.priority()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("Highest"));

        timeline.toggleStar(f.get(0).entryId());
        timeline.starredOnlyProperty().set(true);
        assertThat(timeline.rows()).extracting(TimelineRow::id).containsExactly(f.get(0).entryId());
        timeline.toggleStar(f.get(0).entryId());
        assertThat(timeline.rows()).isEmpty();
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
