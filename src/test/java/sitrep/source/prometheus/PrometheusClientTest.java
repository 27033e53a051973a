package sitrep.source.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.source.Fixtures;
import sitrep.source.MockServerTest;
import sitrep.source.HttpFetcher;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;

class PrometheusClientTest extends MockServerTest {


    private PrometheusClient client(SourceConfig config) {
        return new PrometheusClient(new HttpFetcher(clients), config);
    }

    private void serve(int code, String fixtureOrBody) {
        String body = fixtureOrBody.startsWith("{") ? fixtureOrBody : Fixtures.drill(fixtureOrBody);
        server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(body).build());
    }

    @Test
    void vectorFromTheDrill() throws Exception {
        serve(200, "prom_query_up_vector.json");
        QueryResult r = client(config()).query("up", null).value();
        assertThat(r.type()).isEqualTo(ResultType.VECTOR);
        assertThat(r.series()).hasSize(7);
        MetricSeries db = r.series().get(0);
        assertThat(db.labels()).containsEntry("job", "db-tcp").containsEntry("instance", "127.0.0.1:15433");
        assertThat(db.sample(0).epochMillis()).isEqualTo(1795564595897L);
        assertThat(db.lastValue()).isEqualTo(1.0);
        RecordedRequest req = server.takeRequest();
        assertThat(req.getMethod()).isEqualTo("GET");
        assertThat(req.getUrl().queryParameter("query")).isEqualTo("up");
        assertThat(req.getHeaders().get("Accept-Encoding")).isEqualTo("identity");
    }

    @Test
    void scalarAndEmptyResults() throws Exception {
        serve(200, "prom_query_scalar.json");
        serve(200, "prom_query_empty_result.json");
        QueryResult scalar = client(config()).query("scalar(count(up == 1))", null).value();
        assertThat(scalar.type()).isEqualTo(ResultType.SCALAR);
        assertThat(scalar.series()).singleElement().satisfies(s -> {
            assertThat(s.labels()).isEmpty();
            assertThat(s.lastValue()).isEqualTo(7.0);
            assertThat(s.sample(0).epochMillis()).isEqualTo(1795564595928L);
        });
        assertThat(client(config()).query("x", null).value().series()).isEmpty();
    }

    @Test
    void matrixDecodesOutageAndRecovery() throws Exception {
        serve(200, "prom_query_raw_samples_db_probe.json");
        QueryResult r = client(config()).query("probe_success{job=\"db-tcp\"}[60s]", Instant.ofEpochSecond(1795564660))
                .value();
        assertThat(r.type()).isEqualTo(ResultType.MATRIX);
        MetricSeries s = r.series().get(0);
        assertThat(s.size()).isEqualTo(60);
        assertThat(s.values()[10]).isEqualTo(1.0);
        assertThat(s.values()[11]).isEqualTo(0.0);
        assertThat(s.values()[41]).isEqualTo(1.0);
        assertThat(server.takeRequest().getUrl().queryParameter("time")).isEqualTo("1795564660.000");
    }

    @Test
    void floatValuesAndSpecialValues() throws Exception {
        serve(200, "prom_query_range_probe_duration.json");
        QueryResult r = client(config()).query("probe_duration_seconds", null).value();
        assertThat(r.series().get(0).values()[0]).isEqualTo(0.000278355);
        serve(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + "{\"metric\":{\"a\":\"nan\"},\"value\":[1.5,\"NaN\"]},{\"metric\":{\"a\":\"pinf\"},\"value\":[1.5,\"+Inf\"]},"
                + "{\"metric\":{\"a\":\"ninf\"},\"value\":[1.5,\"-Inf\"]},{\"metric\":{\"a\":\"exp\"},\"value\":[1.5,\"0e+00\"]}]}}");
        List<MetricSeries> s = client(config()).query("x", null).value().series();
        assertThat(s.get(0).lastValue()).isNaN();
        assertThat(s.get(1).lastValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(s.get(2).lastValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(s.get(3).lastValue()).isZero();
        assertThat(s.get(0).sample(0).epochMillis()).isEqualTo(1500);
    }

    @Test
    void resultTypeAfterTheResultAndStringResults() throws Exception {
        serve(200, "{\"data\":{\"result\":[{\"metric\":{},\"values\":[[1,\"2\"]]}],\"resultType\":\"matrix\"},\"status\":\"success\"}");
        assertThat(client(config()).query("x", null).value().series().get(0).lastValue()).isEqualTo(2.0);
        serve(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"string\",\"result\":[1,\"hello\"]}}");
        QueryResult str = client(config()).query("\"hello\"", null).value();
        assertThat(str.type()).isEqualTo(ResultType.STRING);
        assertThat(str.stringValue()).isEqualTo("hello");
    }

    @Test
    void warningsAndInfosAreSurfaced() throws Exception {
        serve(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]},"
                + "\"warnings\":[\"partial response: store 2 unreachable\"],\"infos\":[\"metric might not be a counter\"]}");
        QueryResult r = client(config()).query("rate(x[5m])", null).value();
        assertThat(r.warnings()).containsExactly("partial response: store 2 unreachable");
        assertThat(r.infos()).containsExactly("metric might not be a counter");
    }

    @Test
    void apiErrorsCarryTypeAndMessageVerbatim() {
        serve(400, "prom_error_bad_data_400.json");
        SourceError e = catchThrowableOfType(SourceError.class, () -> client(config()).query("sum(rate(up[1m]", null));
        assertThat(e.kind()).isEqualTo(SourceError.Kind.API_ERROR);
        assertThat(e.apiErrorType()).isEqualTo("bad_data");
        assertThat(e.detail()).isEqualTo("bad_data: invalid parameter \"query\": 1:16: parse error: unclosed left parenthesis");
    }

    @Test
    void rangeStepKeepsEverySeriesWithinElevenThousandPoints() throws Exception {
        Instant start = Instant.ofEpochSecond(1795560995);
        Instant end = Instant.ofEpochSecond(1795564595);
        Duration step = RangeStep.choose(start, end, Duration.ofMillis(100));
        assertThat(RangeStep.points(start, end, step)).isLessThanOrEqualTo(11_000);
        assertThat(RangeStep.points(start, end, step.minusMillis(1))).isGreaterThan(11_000);
        assertThat(RangeStep.choose(start, end, Duration.ofSeconds(15))).isEqualTo(Duration.ofSeconds(15));

        serve(200, "prom_query_range_db_probe_success.json");
        client(config()).queryRange("up", start, end, Duration.ofMillis(100));
        RecordedRequest req = server.takeRequest();
        assertThat(req.getUrl().encodedPath()).isEqualTo("/api/v1/query_range");
        assertThat(req.getUrl().queryParameter("step")).isEqualTo(PrometheusClient.seconds(step.toMillis()));
        assertThat(req.getUrl().queryParameter("start")).isEqualTo("1795560995.000");
    }

    @Test
    void longExpressionsArePostedAsAForm() throws Exception {
        serve(200, "prom_query_post_form_pg_up.json");
        String longQuery = "pg_up or " + "vector(0) or ".repeat(100) + "vector(1)";
        QueryResult r = client(config()).query(longQuery, null).value();
        assertThat(r.series().get(0).labels()).containsEntry("__name__", "pg_up");
        RecordedRequest req = server.takeRequest();
        assertThat(req.getMethod()).isEqualTo("POST");
        assertThat(req.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(req.getBody().utf8()).startsWith("query=pg_up+or+vector%280%29+or");
    }

    @Test
    void authenticationAndExtraHeadersAreSent() throws Exception {
        serve(200, "prom_query_empty_result.json");
        serve(200, "prom_query_empty_result.json");
        client(config().withAuth(new SourceConfig.Bearer("s3cret-token")).withHeader("X-Scope-OrgID", "tenant-1")
                .withGzip(true)).query("up", null);
        client(config().withAuth(new SourceConfig.Basic("admin", "pa55"))).query("up", null);
        RecordedRequest bearer = server.takeRequest();
        assertThat(bearer.getHeaders().get("Authorization")).isEqualTo("Bearer s3cret-token");
        assertThat(bearer.getHeaders().get("X-Scope-OrgID")).isEqualTo("tenant-1");
        assertThat(bearer.getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Basic YWRtaW46cGE1NQ==");
    }

    @Test
    void secretsNeverShowInAConfigsText() {
        SourceConfig c = config().withAuth(new SourceConfig.Bearer("s3cret-token")).withHeader("X-Scope-OrgID", "t1");
        assertThat(c.toString()).doesNotContain("s3cret-token").doesNotContain("t1").contains("X-Scope-OrgID");
        assertThat(config().withAuth(new SourceConfig.Basic("admin", "pa55")).toString()).doesNotContain("pa55");
    }

    @Test
    void alertsTargetsAndBuildInfo() throws Exception {
        serve(200, "prom_alerts_outage.json");
        serve(200, "prom_alerts_pending.json");
        serve(200, "prom_targets_with_down_targets.json");
        serve(200, "prom_buildinfo.json");
        PrometheusClient c = client(config());
        List<Alert> firing = c.alerts().value();
        assertThat(firing).extracting(Alert::name)
                .containsExactly("DatabaseUnreachable", "PostgresDown", "ApiHealthCheckFailing");
        Alert db = firing.get(0);
        assertThat(db.state()).isEqualTo(AlertState.FIRING);
        assertThat(db.severity()).isEqualTo("critical");
        assertThat(db.summary()).isEqualTo("Database 127.0.0.1:15433 is unreachable");
        assertThat(db.startsAt()).isEqualTo(Instant.parse("2026-11-24T23:56:51.465604829Z"));
        assertThat(c.alerts().value()).extracting(Alert::state).containsOnly(AlertState.PENDING);
        List<Target> targets = c.targets().value();
        assertThat(targets).filteredOn(t -> t.health().equals("down")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.lastError()).contains("connection refused"));
        assertThat(c.buildInfo().value().version()).isEqualTo("2.42.0+ds");
    }

    @Test
    void sourceLevelFollowsProbesAndCriticalAlerts() throws Exception {
        serve(200, "prom_buildinfo.json");
        serve(200, "prom_query_up_vector.json");
        serve(200, "prom_query_probe_success_outage.json");
        serve(200, "prom_alerts_outage.json");
        var snap = new PrometheusSource(client(config()), List.of(), Clock.systemUTC()).poll();
        assertThat(snap.version()).isEqualTo("2.42.0+ds");
        assertThat(snap.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
        assertThat(snap.components()).filteredOn(c -> c.name().equals("db-tcp/127.0.0.1:15433"))
                .singleElement().satisfies(c -> {
                    assertThat(c.level()).isEqualTo(HealthLevel.MAJOR_OUTAGE);
                    assertThat(c.detail()).isEqualTo("probe failed (probe_success=0)");
                });
        assertThat(snap.components()).hasSize(7);
    }

    @Test
    void healthySourceIsOperationalAndPendingAlertsDoNotCount() throws Exception {
        serve(200, "prom_buildinfo.json");
        serve(200, "prom_query_up_vector.json");
        serve(200, "prom_query_probe_success_baseline.json");
        serve(200, "prom_alerts_pending.json");
        var snap = new PrometheusSource(client(config()), List.of(), Clock.systemUTC()).poll();
        assertThat(snap.level()).isEqualTo(HealthLevel.OPERATIONAL);
        assertThat(snap.alerts()).hasSize(2);
    }
}
