package sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;
import sitrep.incident.QuickEntryParser.ParsedEntry;

class QuickEntryParserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // 2026-06-10 16:30:12.345 in Berlin (UTC+2)
    private static final Instant NOW = Instant.parse("2026-06-10T14:30:12.345Z");

    @Test
    void plainTextIsANoteAtTheCurrentSecond() {
        ParsedEntry p = QuickEntryParser.parse("  checking  the dashboards ", BERLIN, NOW);
        assertThat(p.eventTime()).isEqualTo(Instant.parse("2026-06-10T14:30:12Z"));
        assertThat(p.kind()).isEqualTo(EntryKind.NOTE);
        assertThat(p.text()).isEqualTo("checking the dashboards");
        assertThat(p.timeGiven()).isFalse();
    }

    @Test
    void leadingTimesInEveryWrittenForm() {
        assertThat(QuickEntryParser.parse("14:05 restarted pgbouncer", BERLIN, NOW).eventTime())
                .isEqualTo(Instant.parse("2026-06-10T12:05:00Z"));
        assertThat(QuickEntryParser.parse("14:05:30 restarted", BERLIN, NOW).eventTime())
                .isEqualTo(Instant.parse("2026-06-10T12:05:30Z"));
        assertThat(QuickEntryParser.parse("2:05pm restarted", BERLIN, NOW).eventTime())
                .isEqualTo(Instant.parse("2026-06-10T12:05:00Z"));
        assertThat(QuickEntryParser.parse("2:05 PM restarted", BERLIN, NOW).eventTime())
                .isEqualTo(Instant.parse("2026-06-10T12:05:00Z"));
        assertThat(QuickEntryParser.parse("12:10am restarted", BERLIN, NOW).eventTime())
                .isEqualTo(Instant.parse("2026-06-09T22:10:00Z"));
        ParsedEntry p = QuickEntryParser.parse("14:05: restarted pgbouncer", BERLIN, NOW);
        assertThat(p.text()).isEqualTo("restarted pgbouncer");
        assertThat(p.timeGiven()).isTrue();
    }

    @Test
    void aTimeLaterThanNowMeansYesterday() {
        Instant justAfterMidnight = Instant.parse("2026-06-10T22:03:00Z"); // 00:03 on the 11th in Berlin
        assertThat(QuickEntryParser.parse("23:58 pager went off", BERLIN, justAfterMidnight).eventTime())
                .isEqualTo(Instant.parse("2026-06-10T21:58:00Z"));
        assertThat(QuickEntryParser.parse("17:00 later today", BERLIN, NOW).eventTime())
                .isEqualTo(Instant.parse("2026-06-09T15:00:00Z"));
    }

    @Test
    void fixedOffsetZone() {
        ParsedEntry p = QuickEntryParser.parse("14:00 alerts fired #detection", ZoneOffset.ofHours(-8),
                Instant.parse("2023-06-10T23:00:00Z"));
        assertThat(p.eventTime()).isEqualTo(Instant.parse("2023-06-10T22:00:00Z"));
    }

    @Test
    void kindTagsAreTakenOutOfTheTextAndOtherTagsStay() {
        ParsedEntry p = QuickEntryParser.parse("14:05 restarted #pgbouncer #action on db-1", BERLIN, NOW);
        assertThat(p.kind()).isEqualTo(EntryKind.ACTION);
        assertThat(p.text()).isEqualTo("restarted #pgbouncer on db-1");
        assertThat(QuickEntryParser.parse("bad config push #rootcause", BERLIN, NOW).kind())
                .isEqualTo(EntryKind.ROOT_CAUSE);
        assertThat(QuickEntryParser.parse("#root_cause bad push", BERLIN, NOW).kind()).isEqualTo(EntryKind.ROOT_CAUSE);
        assertThat(QuickEntryParser.parse("#detect latency up #mitigation", BERLIN, NOW).kind())
                .isEqualTo(EntryKind.DETECTION);
    }

    @Test
    void aBareNumberIsText() {
        ParsedEntry p = QuickEntryParser.parse("3 pods restarted", BERLIN, NOW);
        assertThat(p.text()).isEqualTo("3 pods restarted");
        assertThat(p.timeGiven()).isFalse();
    }

    @Test
    void emptyTextAndImpossibleTimesAreErrors() {
        assertThatThrownBy(() -> QuickEntryParser.parse("14:05 #action", BERLIN, NOW))
                .hasMessageContaining("no text");
        assertThatThrownBy(() -> QuickEntryParser.parse("   ", BERLIN, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuickEntryParser.parse("14:75 restarted", BERLIN, NOW))
                .hasMessageContaining("'14:75'");
        assertThatThrownBy(() -> QuickEntryParser.parse("13:05pm restarted", BERLIN, NOW))
                .hasMessageContaining("1 to 12");
    }

    @Test
    void standaloneTimes() {
        assertThat(QuickEntryParser.parseTime("2026-06-10T14:05:00-08:00", BERLIN, NOW, null))
                .isEqualTo(Instant.parse("2026-06-10T22:05:00Z"));
        assertThat(QuickEntryParser.parseTime("2026-06-01 9:05", BERLIN, NOW, null))
                .isEqualTo(Instant.parse("2026-06-01T07:05:00Z"));
        assertThat(QuickEntryParser.parseTime("14:05", BERLIN, NOW, null))
                .isEqualTo(Instant.parse("2026-06-10T12:05:00Z"));
        Instant anchor = Instant.parse("2026-06-01T21:50:00Z"); // 23:50 Berlin
        assertThat(QuickEntryParser.parseTime("00:10", BERLIN, NOW, anchor))
                .isEqualTo(Instant.parse("2026-06-01T22:10:00Z"));
        assertThatThrownBy(() -> QuickEntryParser.parseTime("soon", BERLIN, NOW, null))
                .hasMessageContaining("'soon' is not a time");
    }
}
