package sitrep.source.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import sitrep.domain.HealthLevel;

class ScenarioReaderTest {

    /** A minimal valid scenario with {@code series} and {@code extra} top-level fields spliced in. */
    static String scenario(String series, String extra) {
        return """
                {"title": "t", "zone": "UTC", "start": "2024-01-01T10:00:00Z", "end": "12:00", "speed": 30,
                 "series": [%s]%s}
                """.formatted(series, extra.isEmpty() ? "" : ", " + extra);
    }

    static String constantSeries() {
        return "{\"id\": \"s\", \"expr\": \"x\", \"phases\": [{\"at\": \"10:00\", \"shape\": \"constant\", \"value\": 1}]}";
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> ScenarioReader.parse(json, "test.json"))
                .isInstanceOf(ScenarioException.class).hasMessage(message);
    }

    @Test
    void readsTimesInTheScenarioZoneAndTheDefaults() throws Exception {
        Scenario s = ScenarioReader.parse(scenario(constantSeries(),
                "\"sources\": {\"statusPages\": [{\"components\": [{\"name\": \"API\", \"levels\": "
                        + "[{\"at\": \"10:30\", \"level\": \"degraded\"}]}]}]}"), "test.json");
        assertThat(s.end()).isEqualTo(Instant.parse("2024-01-01T12:00:00Z"));
        assertThat(s.speed()).isEqualTo(30);
        assertThat(s.prometheus()).isNull();
        assertThat(s.statusPages().get(0).source().name()).isEqualTo("drill:status-page");
        assertThat(s.statusPages().get(0).components().get(0).levels().get(0).level()).isEqualTo(HealthLevel.DEGRADED);
        assertThat(s.series().get(0).valueAt(Instant.parse("2024-01-01T11:00:00Z").toEpochMilli())).isEqualTo(1.0);
    }

    @Test
    void unknownShapeTypeNamesItsPath() {
        String series = "{\"id\": \"s\", \"expr\": \"x\", \"phases\": [{\"at\": \"10:00\", \"shape\": \"constant\", "
                + "\"value\": 1}, {\"at\": \"10:30\", \"shape\": \"rampp\"}]}";
        assertRefused(scenario(series, ""), "test.json: $.series[0].phases[1].shape: unknown shape type \"rampp\" "
                + "(expected one of constant, gap, ramp, sine, spikes, step)");
    }

    @Test
    void timeOutOfRangeNamesItsPathAndTheRange() {
        String series = "{\"id\": \"s\", \"expr\": \"x\", \"phases\": [{\"at\": \"12:30\", \"shape\": \"gap\"}]}";
        assertRefused(scenario(series, ""), "test.json: $.series[0].phases[0].at: \"12:30\" is out of range: it must "
                + "lie between the scenario's start 2024-01-01T10:00 UTC and end 2024-01-01T12:00 UTC");
    }

    @Test
    void unknownLevelListsTheKnownOnes() {
        String pages = "\"sources\": {\"statusPages\": [{\"components\": [{\"name\": \"API\", \"levels\": "
                + "[{\"at\": \"10:30\", \"level\": \"on fire\"}]}]}]}";
        assertRefused(scenario(constantSeries(), pages), "test.json: $.sources.statusPages[0].components[0].levels[0]"
                + ".level: unknown level \"on fire\" (expected one of operational, maintenance, unknown, degraded, "
                + "partial_outage, major_outage)");
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        String series = "{\"id\": \"s\", \"expr\": \"x\", \"phases\": [{\"at\": \"10:00\", \"shape\": \"constant\", "
                + "\"valeu\": 1}]}";
        assertRefused(scenario(series, ""), "test.json: $.series[0].phases[0].valeu: unknown field "
                + "(expected one of at, jitter, shape, value)");
    }

    @Test
    void missingFieldsWrongTypesAndOrderAreNamed() {
        assertRefused("{\"zone\": \"UTC\"}", "test.json: $.title: required field is missing");
        assertRefused(scenario(constantSeries(), "\"speed\": 90").replace("\"speed\": 30,", ""),
                "test.json: $.speed: speed must be between 1 and 60, not 90.0");
        String outOfOrder = "{\"id\": \"s\", \"expr\": \"x\", \"phases\": [{\"at\": \"11:00\", \"shape\": \"gap\"}, "
                + "{\"at\": \"10:30\", \"shape\": \"gap\"}]}";
        assertRefused(scenario(outOfOrder, ""), "test.json: $.series[0].phases[1].at: phases must be in time order");
        String badValue = "{\"id\": \"s\", \"expr\": \"x\", \"phases\": [{\"at\": \"10:00\", \"shape\": \"constant\", "
                + "\"value\": \"high\"}]}";
        assertRefused(scenario(badValue, ""),
                "test.json: $.series[0].phases[0].value: expected a number, found the string \"high\"");
        assertRefused("{\"title\": ", "test.json: not valid JSON: java.io.EOFException: End of input at line 1 column 11 path $.title");
    }

    @Test
    void alertTimesMustBeInOrder() {
        String alerts = "\"alerts\": [{\"name\": \"A\", \"pending\": \"10:10\", \"firing\": \"10:05\"}]";
        assertRefused(scenario(constantSeries(), alerts),
                "test.json: $.alerts[0].pending: an alert is pending before it fires, not after");
    }
}
