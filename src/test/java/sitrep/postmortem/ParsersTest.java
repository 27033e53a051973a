package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import sitrep.domain.WallClock;

/** The small readers behind the importer: time ranges, dates and zones as people write them. */
class ParsersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "14:00 - 17:30 (PST)     | 14:00 | 17:30 | PST",
        "2:00-5:30pm PST         | 14:00 | 17:30 | PST",
        "2pm to 5:30 pm EAT      | 14:00 | 17:30 | EAT",
        "11 - 2pm EST            | 11:00 | 14:00 | EST",
        "11:30am-1pm UTC+1       | 11:30 | 13:00 | UTC+1",
        "from 9:10 until 10:40 GMT+03:00 | 09:10 | 10:40 | GMT+03:00",
        "10:00PM - 1:30AM SAST   | 22:00 | 01:30 | SAST",
        "12:15 a.m. to 3 a.m. WAT | 00:15 | 03:00 | WAT",
        "06:40 UTC-05 (ongoing)  | 06:40 |       | UTC-05"})
    void timeRanges(String text, String start, String end, String zone) {
        TimeRangeParser.Range r = TimeRangeParser.find(text).orElseThrow();
        assertThat(r.start()).isEqualTo(LocalTime.parse(start));
        assertThat(r.end()).isEqualTo(Optional.ofNullable(end).map(LocalTime::parse));
        assertThat(r.zone().map(ZoneLabel::text)).contains(zone);
    }

    @Test
    void numbersThatAreNotTimesAreNotRead() {
        assertThat(WallClock.findAll("80% of 2 engineers on 10/06/2023, v1.2 build 3")).isEmpty();
        assertThat(TimeRangeParser.find("about 3 hours")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "June 10, 2023            | DAY_FIRST   | 2023-06-10",
        "10 June 2023             | DAY_FIRST   | 2023-06-10",
        "2023-06-10               | DAY_FIRST   | 2023-06-10",
        "Jun 10th, 2023           | DAY_FIRST   | 2023-06-10",
        "Saturday, June 10, 2023  | DAY_FIRST   | 2023-06-10",
        "10/06/2023               | DAY_FIRST   | 2023-06-10",
        "06/10/2023               | MONTH_FIRST | 2023-06-10",
        "25/06/2023               | MONTH_FIRST | 2023-06-25",
        "06/25/2023               | DAY_FIRST   | 2023-06-25",
        "10.06.2023               | MONTH_FIRST | 2023-06-10",
        "on the 3rd of March 2024 | DAY_FIRST   | 2024-03-03"})
    void dates(String text, DateParser.Order order, LocalDate expected) {
        DateParser.Found found = DateParser.first(text, order, Optional.empty()).orElseThrow();
        assertThat(found.date()).isEqualTo(expected);
    }

    @Test
    void onlyNumericDatesWithBothPartsUpToTwelveAreAmbiguous() {
        assertThat(DateParser.first("10/06/2023", DateParser.Order.DAY_FIRST, Optional.empty()).orElseThrow()
                .ambiguous()).isTrue();
        assertThat(DateParser.first("25/06/2023", DateParser.Order.DAY_FIRST, Optional.empty()).orElseThrow()
                .ambiguous()).isFalse();
        assertThat(DateParser.first("June 11", DateParser.Order.DAY_FIRST, Optional.of(2023)).orElseThrow()
                .date()).isEqualTo(LocalDate.of(2023, 6, 11));
        assertThat(DateParser.first("June 11", DateParser.Order.DAY_FIRST, Optional.empty())).isEmpty();
    }

    @Test
    void zonesKeepTheirTextAndKnowTheirDaylightClaim() {
        ZoneLabel pst = ZoneParser.parse("(PST)").orElseThrow();
        assertThat(pst.text()).isEqualTo("PST");
        assertThat(pst.claim()).isEqualTo(ZoneLabel.Claim.STANDARD);
        assertThat(ZoneParser.parse("UTC-05").orElseThrow().zone()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(ZoneParser.parse("GMT+03:00").orElseThrow().zone()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(ZoneParser.parse("UTC+1").orElseThrow().zone()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(ZoneParser.parse("EAT").orElseThrow().zone().getId()).isEqualTo("Africa/Nairobi");
        assertThat(ZoneParser.parse("SAST").orElseThrow().zone().getId()).isEqualTo("Africa/Johannesburg");
        assertThat(ZoneParser.parse("WAT").orElseThrow().zone().getId()).isEqualTo("Africa/Lagos");
        assertThat(ZoneParser.parse("EET").orElseThrow().claim()).isEqualTo(ZoneLabel.Claim.STANDARD);
        assertThat(ZoneParser.parse("the API")).isEmpty();
        assertThat(ZoneParser.isAmerican(ZoneParser.parse("UTC-05").orElseThrow())).isTrue();
        assertThat(ZoneParser.isAmerican(ZoneParser.parse("EAT").orElseThrow())).isFalse();
    }
}
