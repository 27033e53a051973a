package sitrep.source.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.domain.HealthLevel;
import sitrep.source.Fixtures;
import sitrep.source.MockServerTest;
import sitrep.source.SourceError;

class AlertmanagerClientTest extends MockServerTest {


    private AlertmanagerClient client() {
        return new AlertmanagerClient(fetcher(), config());
    }

    private void serve(int code, String fixture) {
        server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(Fixtures.drill(fixture)).build());
    }

    @Test
    void outageAlertsWithInhibition() throws Exception {
        serve(200, "am_alerts_outage.json");
        List<Alert> alerts = client().alerts(AlertFilter.all()).value();
        assertThat(alerts).extracting(Alert::name)
                .containsExactly("ApiHealthCheckFailing", "PostgresDown", "DatabaseUnreachable");
        Alert api = alerts.get(0);
        assertThat(api.state()).isEqualTo(AlertState.SUPPRESSED);
        assertThat(api.inhibitedBy()).containsExactly("8ee86110b044c991");
        assertThat(api.silencedBy()).isEmpty();
        assertThat(api.endsAt()).isEqualTo(Instant.parse("2026-11-25T00:00:56.465Z"));
        assertThat(alerts.get(2).state()).isEqualTo(AlertState.ACTIVE);
        assertThat(alerts.get(2).summary()).isEqualTo("Database 127.0.0.1:15433 is unreachable");
        RecordedRequest req = server.takeRequest();
        assertThat(req.getUrl().queryParameter("inhibited")).isEqualTo("true");
        assertThat(req.getUrl().queryParameter("silenced")).isEqualTo("true");
    }

    @Test
    void filtersAreSent() throws Exception {
        serve(200, "am_alerts_baseline_empty.json");
        assertThat(client().alerts(AlertFilter.activeOnly().withMatcher("alertname=\"DatabaseUnreachable\""))
                .value()).isEmpty();
        RecordedRequest req = server.takeRequest();
        assertThat(req.getUrl().queryParameter("active")).isEqualTo("true");
        assertThat(req.getUrl().queryParameter("inhibited")).isEqualTo("false");
        assertThat(req.getUrl().queryParameter("filter")).isEqualTo("alertname=\"DatabaseUnreachable\"");
    }

    @Test
    void zeroEndsAtMeansUnset() {
        String body = "[{\"labels\":{\"alertname\":\"X\"},\"annotations\":{},\"startsAt\":\"2026-11-24T23:56:56.465Z\","
                + "\"endsAt\":\"0001-01-01T00:00:00Z\",\"status\":{\"state\":\"active\",\"silencedBy\":[\"s1\"],\"inhibitedBy\":[]}}]";
        Alert a = AlertmanagerClient.alerts(JsonParser.parseString(body)).get(0);
        assertThat(a.endsAt()).isNull();
        assertThat(a.silencedBy()).containsExactly("s1");
        assertThat(a.severity()).isEmpty();
    }

    @Test
    void badFilterIsAOneLineReason() {
        serve(400, "am_error_bad_filter_400.json");
        SourceError e = catchThrowableOfType(SourceError.class,
                () -> client().alerts(AlertFilter.all().withMatcher("alertname")));
        assertThat(e.detail()).isEqualTo("HTTP 400 Bad Request: bad matcher format: alertname");
    }

    @Test
    void statusAndSourceLevel() throws Exception {
        serve(200, "am_status.json");
        serve(200, "am_alerts_outage.json");
        var snap = new AlertmanagerSource(client(), Clock.systemUTC()).poll();
        assertThat(snap.version()).isEqualTo("0.25.0");
        assertThat(snap.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(snap.alerts()).hasSize(3);
    }
}
