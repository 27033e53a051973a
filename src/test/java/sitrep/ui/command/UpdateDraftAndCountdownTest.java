package sitrep.ui.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.TimelineEntry;
import sitrep.incident.JournalRecord;
import sitrep.incident.command.CommandEntries;
import sitrep.incident.command.CommandPolicy;
import sitrep.incident.command.IncidentCommand;
import sitrep.incident.command.IncidentState;
import sitrep.incident.command.Severity;
import sitrep.incident.command.StakeholderUpdate;

class UpdateDraftAndCountdownTest {

    private static final Instant START = Instant.parse("2023-06-10T22:00:00Z");
    private static final Incident INCIDENT = new Incident("Service Outage", IncidentZone.parse("PST"), START, null,
            "", Map.of(), false);

    private static TimelineEntry entry(JournalRecord r) {
        return new TimelineEntry(r.entryId(), r.event(), r.kind(), r.author(), r.text(), r.written(), r.evidence(),
                false);
    }

    private static TimelineEntry note(EntryKind kind, String text, int minute) {
        Instant at = START.plus(Duration.ofMinutes(minute));
        return entry(JournalRecord.added(JournalRecord.newId(), "ana", at, at, kind, text, Map.of()));
    }

    private static IncidentCommand command(List<TimelineEntry> entries) {
        return IncidentCommand.of(INCIDENT, entries, Map.of());
    }

    @Test
    void theDraftQuotesTheNewestThreeActionsAndSaysWhatTheStatusMeans() {
        List<TimelineEntry> entries = List.of(note(EntryKind.ACTION, "paged db team", 1),
                note(EntryKind.NOTE, "coffee", 2), note(EntryKind.ACTION, "failed over", 3),
                note(EntryKind.MITIGATION, "shed load", 4), note(EntryKind.ROOT_CAUSE, "pool leak", 5));

        StakeholderUpdate draft = UpdateDraft.of(command(entries), "", "Service Outage", entries);

        assertThat(draft.state()).isEqualTo(IncidentState.INVESTIGATING);
        assertThat(draft.conditions()).isEqualTo("We are investigating Service Outage.");
        assertThat(draft.actions()).isEqualTo("failed over; shed load; pool leak");
        assertThat(draft.needs()).isEmpty();
    }

    @Test
    void theImpactWrittenInThePostmortemIsTheConditions() {
        StakeholderUpdate draft = UpdateDraft.of(command(List.of()), "Checkout fails for 30% of users",
                "Service Outage", List.of());

        assertThat(draft.conditions()).isEqualTo("Checkout fails for 30% of users");
        assertThat(draft.actions()).isEmpty();
    }

    @Test
    void noCountdownWithoutASeverityThatHasACadence() {
        assertThat(UpdateCountdown.of(command(List.of()), CommandPolicy.defaults(), START, START))
                .isEqualTo(UpdateCountdown.NONE);
    }

    @Test
    void theCountdownRunsFromTheSeverityChangeAndTurnsOverdue() {
        Instant set = START.plus(Duration.ofMinutes(10));
        IncidentCommand sev1 = command(List.of(entry(CommandEntries.severity(Severity.SEV1, "ana", set, set))));

        assertThat(UpdateCountdown.of(sev1, CommandPolicy.defaults(), START, set.plusSeconds(5 * 60 + 30)))
                .isEqualTo(new UpdateCountdown("Next update in 24:30", false));
        assertThat(UpdateCountdown.of(sev1, CommandPolicy.defaults(), START, set.plus(Duration.ofMinutes(32))))
                .isEqualTo(new UpdateCountdown("Update overdue by 2:00", true));
    }

    @Test
    void anHourOrMoreReadsWithHours() {
        assertThat(UpdateCountdown.clockText(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
        assertThat(UpdateCountdown.clockText(Duration.ofSeconds(245))).isEqualTo("4:05");
        assertThat(UpdateCountdown.clockText(Duration.ofSeconds(-3))).isEqualTo("0:00");
    }
}
