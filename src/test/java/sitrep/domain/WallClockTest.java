package sitrep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one clock-time reader, with every form its former copies read (quick entry, importer, ranges, drill). */
class WallClockTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "14:05|14:05", "14:05:30|14:05:30", "9:30|09:30", "2:05pm|14:05", "2:05 pm|14:05", "2pm|14:00",
            "2 PM|14:00", "5:30p.m.|17:30", "5:30 p. m.|17:30", "12am|00:00", "12pm|12:00", "12:30 a.m.|00:30",
            "' 23:59 '|23:59", "00:00|00:00"})
    void readsEveryFormerForm(String text, String expected) {
        assertThat(WallClock.whole(text)).contains(LocalTime.parse(expected));
    }

    @ParameterizedTest(name = "{0} is not a time")
    @CsvSource(delimiter = '|', value = {"2", "80%", "25:00", "14:60", "13pm", "0am", "10/06", "v1.2", "14:05 later",
            "quarter past", "''"})
    void refusesWhatIsNoTime(String text) {
        assertThat(WallClock.whole(text)).isEmpty();
    }

    @Test
    void findsTimesInRunningTextButNotNumbersVersionsDatesOrOffsets() {
        List<WallClock.Reading> found = WallClock.findAll(
                "80% of 2 engineers on 10/06/2023, v1.2 build 3, UTC-8; paged at 2:05pm, fixed by 14:30:15.");
        assertThat(found).extracting(WallClock.Reading::time)
                .containsExactly(LocalTime.of(14, 5), LocalTime.of(14, 30, 15));
        assertThat(found.get(0).meridiem()).contains("pm");
        assertThat(found.get(0).hour()).isEqualTo(2);
    }

    @Test
    void aReadingTakesTheMeridiemWrittenOnlyOnceInARange() {
        WallClock.Reading eleven = WallClock.findAll("11:00 to 2pm").get(0);
        assertThat(eleven.withMeridiem("am")).isEqualTo(LocalTime.of(11, 0));
        assertThat(eleven.withMeridiem("pm")).isEqualTo(LocalTime.of(23, 0));
    }

    @Test
    void aLeadingTimeEndsPastItsSeparatorsAndAnImpossibleOneIsExplained() {
        WallClock.Reading r = WallClock.leading("14:05 - db failover started").orElseThrow();
        assertThat(r.end()).isEqualTo("14:05 - ".length());
        assertThat(r.time()).isEqualTo(LocalTime.of(14, 5));
        assertThat(WallClock.leading("3 pods restarted")).isEmpty();
        assertThat(WallClock.leading("2pmish")).isEmpty();

        WallClock.Reading bad = WallClock.leading("25:00 deploy").orElseThrow();
        assertThat(bad.valid()).isFalse();
        assertThatThrownBy(() -> bad.timeOrExplain("25:00")).hasMessage("'25:00' is not a time of day");
        WallClock.Reading badPm = WallClock.leading("13pm deploy").orElseThrow();
        assertThatThrownBy(() -> badPm.timeOrExplain("13pm"))
                .hasMessage("'13pm' is not a time: with am/pm the hour is 1 to 12");
    }

    @Test
    void resolvesATimeToTheDayEachCallerMeans() {
        Instant now = Instant.parse("2026-06-10T07:03:00Z"); // 00:03 in Los Angeles
        assertThat(WallClock.mostRecent(LocalTime.of(23, 58), LA, now)).isEqualTo(Instant.parse("2026-06-10T06:58:00Z"));
        assertThat(WallClock.mostRecent(LocalTime.of(0, 1), LA, now)).isEqualTo(Instant.parse("2026-06-10T07:01:00Z"));
        assertThat(WallClock.nearest(LocalTime.of(23, 58), LA, now)).isEqualTo(Instant.parse("2026-06-10T06:58:00Z"));
        Instant start = Instant.parse("2026-06-10T21:00:00Z"); // 14:00 in Los Angeles
        assertThat(WallClock.atOrAfter(LocalTime.of(15, 30), LA, start)).isEqualTo(Instant.parse("2026-06-10T22:30:00Z"));
        assertThat(WallClock.atOrAfter(LocalTime.of(1, 0), LA, start)).isEqualTo(Instant.parse("2026-06-11T08:00:00Z"));
    }

    @Test
    void anHourWrittenWithHIsATimeWhereOneIsExpectedButNotInRunningText() {
        assertThat(WallClock.at("14h03: on-call paged", 0).map(WallClock.Reading::time)).contains(LocalTime.of(14, 3));
        assertThat(WallClock.at("9h30 - rollback", 0).map(WallClock.Reading::time)).contains(LocalTime.of(9, 30));
        assertThat(WallClock.findAll("the rollback took 2h30 in all")).isEmpty();
        assertThat(WallClock.at("2h later", 0)).isEmpty();
    }

    @Test
    void theTimeOfAnIso8601DateTimeIsReadAfterItsT() {
        String s = "2024-03-05T14:03:00Z - deploy";
        assertThat(WallClock.at(s, s.indexOf('T') + 1).map(WallClock.Reading::time)).contains(LocalTime.of(14, 3));
        assertThat(WallClock.findAll("build T14:03 and v1T2:00")).isEmpty();
    }
}
