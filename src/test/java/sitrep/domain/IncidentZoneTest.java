package sitrep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IncidentZoneTest {

    @Test
    void ianaRegionKeepsItsIdAndDaylightSaving() {
        IncidentZone z = IncidentZone.parse("Europe/Berlin");
        assertThat(z.zoneId()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(z.label()).isEqualTo("Europe/Berlin");
        assertThat(z.isFixedOffset()).isFalse();
        assertThat(IncidentZone.parse("america/los_angeles").label()).isEqualTo("America/Los_Angeles");
    }

    @Test
    void abbreviationIsAFixedOffsetWithTheAuthorsLabel() {
        IncidentZone pst = IncidentZone.parse("PST");
        assertThat(pst.zoneId()).isEqualTo(ZoneOffset.ofHours(-8));
        assertThat(pst.label()).isEqualTo("PST");
        assertThat(pst.isFixedOffset()).isTrue();
        assertThat(IncidentZone.parse("eat").zoneId()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(IncidentZone.parse("WAT").zoneId()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(IncidentZone.parse("IST").zoneId()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(IncidentZone.parse("AEDT").zoneId()).isEqualTo(ZoneOffset.ofHours(11));
        assertThat(IncidentZone.parse("UTC").zoneId()).isEqualTo(ZoneOffset.UTC);
        assertThat(IncidentZone.parse("CEST").zoneId()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void offsetsAsPostmortemAuthorsWriteThem() {
        assertThat(IncidentZone.parse("UTC-05").zoneId()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(IncidentZone.parse("UTC-05").label()).isEqualTo("UTC-05");
        assertThat(IncidentZone.parse("GMT+03:00").zoneId()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(IncidentZone.parse("UTC+5:30").zoneId()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(IncidentZone.parse("-08:00").zoneId()).isEqualTo(ZoneOffset.ofHours(-8));
    }

    @Test
    void labelReadsBackToTheSameZone() {
        for (String s : new String[] {"PST", "UTC-05", "GMT+03:00", "Africa/Lagos"}) {
            IncidentZone z = IncidentZone.parse(s);
            assertThat(IncidentZone.parse(z.label())).isEqualTo(z);
        }
    }

    @Test
    void unknownZoneIsAClearErrorSuggestingTheIanaForm() {
        assertThatThrownBy(() -> IncidentZone.parse("Mars/Olympus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Mars/Olympus'").hasMessageContaining("Europe/Berlin");
        assertThatThrownBy(() -> IncidentZone.parse("XYZ")).hasMessageContaining("unknown time zone 'XYZ'");
        assertThatThrownBy(() -> IncidentZone.parse("UTC+19")).hasMessageContaining("UTC+18:00");
        assertThatThrownBy(() -> IncidentZone.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindTagsAndAliases() {
        assertThat(EntryKind.fromTag("#rootcause")).contains(EntryKind.ROOT_CAUSE);
        assertThat(EntryKind.fromTag("root_cause")).contains(EntryKind.ROOT_CAUSE);
        assertThat(EntryKind.fromTag("Root-Cause")).contains(EntryKind.ROOT_CAUSE);
        assertThat(EntryKind.fromTag("detect")).contains(EntryKind.DETECTION);
        assertThat(EntryKind.fromTag("pgbouncer")).isEmpty();
        assertThatThrownBy(() -> EntryKind.parse("oops")).hasMessageContaining("'oops'").hasMessageContaining("mitigation");
    }
}
