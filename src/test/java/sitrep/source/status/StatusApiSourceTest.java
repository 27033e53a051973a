package sitrep.source.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.domain.SourceUrl;
import sitrep.domain.StatusIncident;
import sitrep.source.Fixtures;
import sitrep.source.MockServerTest;
import sitrep.source.HttpFetcher;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;

class StatusApiSourceTest extends MockServerTest {


    private SourceSnapshot poll(int code, String contentType, String body) throws SourceError {
        server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", contentType).body(body).build());
        return new StatusApiSource(new HttpFetcher(clients),
                SourceConfig.of(SourceUrl.parse(server.url("/health").toString())), Clock.systemUTC()).poll();
    }

    private static ComponentStatus named(SourceSnapshot s, String name) {
        return s.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void statuspageSummaryDuringTheOutage() throws Exception {
        SourceSnapshot s = poll(200, "application/json", Fixtures.drill("statusapi_summary_major_outage.json"));
        assertThat(s.kind()).isEqualTo(SourceKind.STATUSPAGE);
        assertThat(s.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(s.components()).extracting(ComponentStatus::name).containsExactly("API", "Database", "Web Dashboard");
        assertThat(named(s, "Database").group()).isEqualTo("Backend");
        assertThat(named(s, "Web Dashboard").level()).isEqualTo(HealthLevel.DEGRADED);
        assertThat(named(s, "API").since()).isEqualTo(Instant.parse("2026-11-24T23:56:50.876Z"));
        StatusIncident inc = s.incidents().get(0);
        assertThat(inc.name()).isEqualTo("API unavailable: database unreachable");
        assertThat(inc.impact()).isEqualTo("critical");
        assertThat(inc.updates()).singleElement().satisfies(u -> assertThat(u.body()).startsWith("The API cannot reach"));
    }

    @Test
    void statuspageOperationalAndStatusJson() throws Exception {
        assertThat(poll(200, "application/json", Fixtures.drill("statusapi_summary_operational.json")).level())
                .isEqualTo(HealthLevel.OPERATIONAL);
        SourceSnapshot status = poll(200, "application/json", Fixtures.drill("statusapi_status_major_outage.json"));
        assertThat(status.kind()).isEqualTo(SourceKind.STATUSPAGE);
        assertThat(status.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
    }

    @Test
    void statuspageComponentsMaintenanceAndPartialOutage() throws Exception {
        String body = """
                {"page":{"id":"p","name":"Acme","url":"https://status.acme.test","updated_at":"2026-01-02T10:00:00.000Z"},
                 "components":[
                  {"id":"g1","name":"Payments","status":"partial_outage","group":true,"group_id":null,"components":["c1","c2"]},
                  {"id":"c1","name":"Card API","status":"partial_outage","group":false,"group_id":"g1","updated_at":"2026-01-02T09:58:00.000Z"},
                  {"id":"c2","name":"Payouts","status":"under_maintenance","group":false,"group_id":"g1","updated_at":"2026-01-02T08:00:00Z"},
                  {"id":"c3","name":"Search","status":"operational","group":false,"group_id":null}],
                 "scheduled_maintenances":[{"id":"m1","name":"Payouts DB upgrade","status":"in_progress","impact":"maintenance",
                  "scheduled_for":"2026-01-02T08:00:00.000Z","incident_updates":[]}],
                 "status":{"indicator":"major","description":"Partial System Outage"}}
                """;
        SourceSnapshot s = poll(200, "application/json", body);
        assertThat(s.components()).extracting(ComponentStatus::level).containsExactly(HealthLevel.PARTIAL_OUTAGE,
                HealthLevel.MAINTENANCE, HealthLevel.OPERATIONAL);
        assertThat(s.level()).isEqualTo(HealthLevel.PARTIAL_OUTAGE);
        assertThat(s.incidents()).singleElement().satisfies(m -> {
            assertThat(m.maintenance()).isTrue();
            assertThat(m.startedAt()).isEqualTo(Instant.parse("2026-01-02T08:00:00Z"));
        });
    }

    @Test
    void actuatorTwoTwoPlusFromTheDrill() throws Exception {
        SourceSnapshot up = poll(200, "application/vnd.spring-boot.actuator.v3+json", Fixtures.drill("health_actuator_up.json"));
        assertThat(up.kind()).isEqualTo(SourceKind.ACTUATOR);
        assertThat(up.level()).isEqualTo(HealthLevel.OPERATIONAL);
        assertThat(up.components()).extracting(ComponentStatus::name).containsExactly("db", "diskSpace", "ping");
        SourceSnapshot down = poll(200, "application/json", Fixtures.drill("health_actuator_down.json"));
        assertThat(down.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(named(down, "db").detail())
                .isEqualTo("DOWN: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection");
    }

    @Test
    void actuatorServiceUnavailableWithADownBodyIsAnAnswer() throws Exception {
        String body = "{\"status\":\"DOWN\",\"components\":{\"db\":{\"status\":\"DOWN\",\"components\":{"
                + "\"primary\":{\"status\":\"DOWN\",\"details\":{\"error\":\"java.net.ConnectException: refused\"}},"
                + "\"replica\":{\"status\":\"UP\"}}},\"ping\":{\"status\":\"UP\"}}}";
        SourceSnapshot s = poll(503, "application/vnd.spring-boot.actuator.v3+json", body);
        assertThat(s.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(s.components()).extracting(ComponentStatus::name).containsExactly("db", "db/primary", "db/replica", "ping");
        assertThat(named(s, "db/primary").group()).isEqualTo("db");
        assertThat(named(s, "db/replica").level()).isEqualTo(HealthLevel.OPERATIONAL);
    }

    @Test
    void actuatorTwoZeroDetailsShape() throws Exception {
        String body = "{\"status\":\"OUT_OF_SERVICE\",\"details\":{\"diskSpace\":{\"status\":\"UP\",\"details\":{\"total\":1,\"free\":1}},"
                + "\"db\":{\"status\":\"OUT_OF_SERVICE\",\"details\":{\"database\":\"PostgreSQL\"}},"
                + "\"queue\":{\"status\":\"DEGRADED\"},\"cache\":{\"status\":\"UNKNOWN\"}}}";
        SourceSnapshot s = poll(503, "application/json", body);
        assertThat(s.kind()).isEqualTo(SourceKind.ACTUATOR);
        assertThat(s.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(named(s, "diskSpace").level()).isEqualTo(HealthLevel.OPERATIONAL);
        assertThat(named(s, "queue").level()).isEqualTo(HealthLevel.DEGRADED);
        assertThat(named(s, "cache").level()).isEqualTo(HealthLevel.UNKNOWN);
        assertThat(s.components()).hasSize(4);
    }

    @Test
    void actuatorOneXFlatShape() throws Exception {
        String body = "{\"status\":\"UP\",\"diskSpace\":{\"status\":\"UP\",\"total\":249795969024,\"free\":1,\"threshold\":10485760},"
                + "\"db\":{\"status\":\"UP\",\"database\":\"H2\",\"hello\":1}}";
        SourceSnapshot s = poll(200, "application/json", body);
        assertThat(s.kind()).isEqualTo(SourceKind.ACTUATOR);
        assertThat(s.components()).extracting(ComponentStatus::name).containsExactly("diskSpace", "db");
        assertThat(s.level()).isEqualTo(HealthLevel.OPERATIONAL);
    }

    @Test
    void healthJsonWithChecksAndAliases() throws Exception {
        String body = """
                {"status":"warn","version":"1","releaseId":"1.2.2","output":"cache slow",
                 "checks":{
                  "cassandra:responseTime":[
                    {"componentId":"dfd6cf2b","componentType":"datastore","observedValue":250,"observedUnit":"ms",
                     "status":"pass","time":"2026-01-17T03:36:48Z"},
                    {"componentId":"6fd416e0","componentType":"datastore","observedValue":9000,"observedUnit":"ms",
                     "status":"warn","time":"2026-01-17T03:36:50Z","output":"responding slowly"}],
                  "uptime":[{"componentType":"system","observedValue":1209600.245,"observedUnit":"s","status":"ok"}],
                  "queue:depth":[{"status":"down","output":"broker unreachable"}]}}
                """;
        SourceSnapshot s = poll(200, "application/health+json", body);
        assertThat(s.kind()).isEqualTo(SourceKind.HEALTH_JSON);
        assertThat(s.level()).isEqualTo(HealthLevel.DEGRADED);
        assertThat(s.version()).isEqualTo("1");
        assertThat(s.warnings()).containsExactly("cache slow");
        assertThat(s.components()).extracting(ComponentStatus::name).containsExactly(
                "cassandra:responseTime [dfd6cf2b]", "cassandra:responseTime [6fd416e0]", "uptime", "queue:depth");
        ComponentStatus slow = named(s, "cassandra:responseTime [6fd416e0]");
        assertThat(slow.level()).isEqualTo(HealthLevel.DEGRADED);
        assertThat(slow.group()).isEqualTo("cassandra");
        assertThat(slow.since()).isEqualTo(Instant.parse("2026-01-17T03:36:50Z"));
        assertThat(slow.detail()).isEqualTo("responding slowly");
        assertThat(named(s, "uptime").level()).isEqualTo(HealthLevel.OPERATIONAL);
        assertThat(named(s, "queue:depth").level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
    }

    @Test
    void healthJsonFailOnA503() throws Exception {
        SourceSnapshot s = poll(503, "application/health+json", "{\"status\":\"fail\",\"output\":\"db down\"}");
        assertThat(s.kind()).isEqualTo(SourceKind.HEALTH_JSON);
        assertThat(s.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
    }

    @Test
    void anyOtherUrlIsAPlainHttpCheck() throws Exception {
        SourceSnapshot s = poll(200, "text/html", "<html><body>hello</body></html>");
        assertThat(s.kind()).isEqualTo(SourceKind.HTTP);
        assertThat(s.level()).isEqualTo(HealthLevel.OPERATIONAL);
        assertThat(s.latency()).isPositive();
        SourceError e = catchThrowableOfType(SourceError.class, () -> poll(500, "text/plain", "boom"));
        assertThat(e.detail()).isEqualTo("HTTP 500 Internal Server Error: boom");
    }

    @Test
    void anAnswerThatIsNotReadIsSaidToBeCheckedByItsStatusAlone() throws Exception {
        // A Cachet components list with a major outage: not a format Sitrep reads, so not silently "operational".
        SourceSnapshot cachet = poll(200, "application/json",
                "{\"data\":[{\"id\":1,\"name\":\"API\",\"status\":4,\"status_name\":\"Major Outage\"}]}");
        assertThat(cachet.kind()).isEqualTo(SourceKind.HTTP);
        assertThat(cachet.warnings()).singleElement().asString().contains("shape Sitrep does not read")
                .contains("only its HTTP status is checked");
        assertThat(poll(200, "text/html", "<html><body>Sign in</body></html>").warnings()).singleElement()
                .asString().contains("web page");
    }

    @Test
    void aTopLevelHealthFlagIsRead() throws Exception {
        SourceSnapshot s = poll(200, "application/json", "{\"healthy\":false,\"checks\":3}");
        assertThat(s.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(s.warnings()).containsExactly("its \"healthy\" is false");
        SourceSnapshot ok = poll(200, "application/json", "{\"ok\":true}");
        assertThat(ok.level()).isEqualTo(HealthLevel.OPERATIONAL);
        assertThat(ok.warnings()).isEmpty();
        assertThat(poll(200, "application/json", "{\"up\":0}").level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
    }

    @Test
    void unresolvedStatuspageIncidentsAloneSetTheLevel() throws Exception {
        SourceSnapshot s = poll(200, "application/json", """
                {"page":{"id":"p","name":"Acme"},"incidents":[{"name":"Checkout failing","status":"identified",
                 "impact":"critical","created_at":"2026-01-02T10:00:00Z","incident_updates":[]}]}
                """);
        assertThat(s.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(s.incidents()).extracting(StatusIncident::name).containsExactly("Checkout failing");
    }

    @Test
    void instatusSummaryAndComponentsInCapitals() throws Exception {
        SourceSnapshot s = poll(200, "application/json", """
                {"page":{"name":"Acme","url":"https://acme.instatus.com","status":"HASISSUES"},
                 "activeIncidents":[{"id":"i1","name":"Login errors","started":"2026-01-02T10:00:00.000Z",
                  "status":"INVESTIGATING","impact":"MAJOROUTAGE","url":"https://acme.instatus.com/i1"}],
                 "activeMaintenances":[]}
                """);
        assertThat(s.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Login errors");
            assertThat(i.status()).isEqualTo("investigating");
        });
        assertThat(StatuspageFormat.component("DEGRADEDPERFORMANCE")).isEqualTo(HealthLevel.DEGRADED);
        SourceSnapshot list = poll(200, "application/json", """
                {"components":[{"id":"c1","name":"API","status":"MAJOROUTAGE"},
                 {"id":"c2","name":"Web","status":"OPERATIONAL"}]}
                """);
        assertThat(list.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(list.components()).extracting(ComponentStatus::name).containsExactly("API", "Web");
        assertThat(StatuspageFormat.component("OPERATIONAL")).isEqualTo(HealthLevel.OPERATIONAL);
    }
}
