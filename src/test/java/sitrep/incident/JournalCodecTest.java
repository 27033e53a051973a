package sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;

class JournalCodecTest {

    @Test
    void fastInstantPathAgreesWithTheJdk() {
        for (String s : new String[] {"2026-06-10T14:05:30Z", "2026-06-10T14:05:30.1Z", "2026-06-10T14:05:30.123Z",
                "2026-06-10T14:05:30.123456Z", "2026-06-10T14:05:30.123456789Z", "1969-12-31T23:59:59Z",
                "2024-02-29T00:00:00Z", "+10000-01-01T00:00:00Z"}) {
            assertThat(JournalCodec.instant(s)).as(s).isEqualTo(Instant.parse(s));
        }
        for (Instant i : new Instant[] {Instant.now(), Instant.EPOCH, Instant.parse("2026-06-10T14:05:30.000000100Z")}) {
            assertThat(JournalCodec.instant(i.toString())).isEqualTo(i);
        }
        assertThatThrownBy(() -> JournalCodec.instant("2026-02-30T14:05:30Z")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JournalCodec.instant("2026-06-10T25:05:30Z")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JournalCodec.instant("yesterday")).hasMessageContaining("'yesterday'");
    }

    @Test
    void roundTripKeepsEveryFieldAndIgnoresUnknownOnes() {
        JournalRecord r = JournalRecord.added("e", "ana", Instant.parse("2026-06-10T14:05:30.5Z"),
                Instant.parse("2026-06-10T14:00:00Z"), EntryKind.ROOT_CAUSE, "ünïcode \"quoted\" <b>\n\ttab",
                Map.of("alert", "HighLatency"));
        String line = JournalCodec.encode(r);
        assertThat(line).doesNotContain("\n").contains("\"kind\":\"root-cause\"");
        assertThat(JournalCodec.decode(line).record()).isEqualTo(r);
        assertThat(JournalCodec.decode(line.replace("{\"v\":1,", "{\"v\":1,\"later\":{\"x\":[1,2]},")).record()).isEqualTo(r);
        JournalRecord set = JournalRecord.incidentSet("end", null, "bo", Instant.parse("2026-06-10T15:00:00Z"));
        assertThat(JournalCodec.decode(JournalCodec.encode(set)).record()).isEqualTo(set);
    }

    @Test
    void badLinesSayWhy() {
        assertThat(JournalCodec.decode("{\"v\":1}{").problem()).contains("not valid JSON");
        assertThat(JournalCodec.decode("[]").problem()).contains("not valid JSON");
        assertThat(JournalCodec.decode("{\"v\":\"one\"}").problem()).contains("not valid JSON");
        assertThat(JournalCodec.decode("{\"type\":\"entry.added\"}").problem()).contains("no format version");
        assertThat(JournalCodec.decode("{\"v\":1,\"type\":\"entry.moved\"}").problem()).contains("'entry.moved'");
        assertThat(JournalCodec.decode("{\"v\":1,\"type\":\"entry.retracted\",\"id\":\"x\",\"author\":\"a\","
                + "\"written\":\"later\",\"entry\":\"e\"}").problem()).contains("'later'");
    }
}
