package sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sitrep.domain.SourceUrl;
import sitrep.source.prometheus.PrometheusClient;

/** Every fault of the "bad input" list, with the exact one-line reason a responder sees. */
class FaultReasonsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final HttpClients clients = HttpClients.withTimeouts(Duration.ofMillis(500), Duration.ofMillis(400));

    @AfterEach
    void closeClients() {
        clients.close();
    }

    private String base() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    private SourceError queryFails(String url, long cap) {
        PrometheusClient client = new PrometheusClient(new HttpFetcher(clients, cap),
                SourceConfig.of(SourceUrl.parse(url)));
        return catchThrowableOfType(SourceError.class, () -> client.query("up", null));
    }

    private SourceError queryFails() {
        return queryFails(base(), HttpFetcher.DEFAULT_BODY_CAP);
    }

    private void answer(int code, String contentType, String body) {
        server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", contentType).body(body).build());
    }

    @Test
    void connectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SourceError e = queryFails("http://127.0.0.1:" + port, HttpFetcher.DEFAULT_BODY_CAP);
        assertThat(e.reason()).isEqualTo("http://127.0.0.1:" + port + ": connection refused");
        assertThat(e.kind()).isEqualTo(SourceError.Kind.CONNECTION_REFUSED);
    }

    @Test
    void dnsFailure() {
        SourceError e = queryFails("http://no-such-host.invalid:9090", HttpFetcher.DEFAULT_BODY_CAP);
        assertThat(e.reason()).isEqualTo(
                "http://no-such-host.invalid:9090: unknown host 'no-such-host.invalid' (DNS lookup failed)");
    }

    @Test
    void noHeadersBeforeTheReadTimeout() {
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build());
        assertThat(queryFails().reason()).isEqualTo(base() + ": no response within 400 ms (read timeout)");
    }

    @Test
    void headersThenAStalledBody() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body("{\"status\":\"success\",\"data\":{}}").bodyDelay(3, TimeUnit.SECONDS).build());
        assertThat(queryFails().reason()).isEqualTo(
                base() + ": sent headers, then stalled: no data for 400 ms (read timeout) after 0 bytes");
    }

    @Test
    void truncatedBody() {
        String body = Fixtures.drill("prom_query_up_vector.json");
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(new Buffer().writeUtf8(body))
                .throttleBody(100, 0, TimeUnit.MILLISECONDS)
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        SourceError e = queryFails();
        assertThat(e.kind()).isEqualTo(SourceError.Kind.TRUNCATED);
        assertThat(e.reason()).startsWith(base() + ": response body truncated: connection closed after ")
                .endsWith(" of 920 bytes");
    }

    @Test
    void bodyOverTheCapDeclaredUpFront() {
        answer(200, "application/json", Fixtures.drill("prom_query_up_vector.json"));
        assertThat(queryFails(base(), 100).reason())
                .isEqualTo(base() + ": response body larger than the 100 bytes cap");
    }

    @Test
    void streamedBodyOverTheCap() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .chunkedBody(Fixtures.drill("prom_query_up_vector.json"), 64).build());
        SourceError e = queryFails(base(), 512);
        assertThat(e.reason()).isEqualTo(base() + ": response body larger than the 512 bytes cap");
        assertThat(e.kind()).isEqualTo(SourceError.Kind.TOO_LARGE);
    }

    @Test
    void htmlErrorPageFromAProxy() {
        answer(502, "text/html", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>");
        assertThat(queryFails().reason()).isEqualTo(base()
                + ": HTTP 502 Bad Gateway with an HTML page, likely from a proxy or load balancer (\"502 Bad Gateway\")");
    }

    @Test
    void gatewayTimeoutPage() {
        answer(504, "text/html; charset=utf-8", "<html><head><title>504 Gateway Time-out</title></head></html>");
        assertThat(queryFails().reason()).isEqualTo(base()
                + ": HTTP 504 Gateway Timeout with an HTML page, likely from a proxy or load balancer"
                + " (\"504 Gateway Time-out\")");
    }

    @Test
    void unauthorized() {
        answer(401, "text/plain", "Unauthorized");
        SourceError e = queryFails();
        assertThat(e.reason()).isEqualTo(base() + ": HTTP 401 Unauthorized: authentication failed;"
                + " check the token or user and password in the settings");
        assertThat(e.kind()).isEqualTo(SourceError.Kind.AUTHENTICATION);
    }

    @Test
    void forbidden() {
        answer(403, "text/plain", "no org id");
        assertThat(queryFails().reason()).isEqualTo(base() + ": HTTP 403 Forbidden: authentication failed"
                + " (access denied); check the credentials and, for Mimir or Cortex, the X-Scope-OrgID header");
    }

    @Test
    void malformedJsonSaysWhere() {
        answer(200, "application/json", "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[}");
        assertThat(queryFails().reason()).isEqualTo(base()
                + ": malformed JSON: expected value at line 1 column 61 path $.data.result[0]");
    }

    @Test
    void jsonOfTheWrongShape() {
        answer(200, "application/json", "[1,2,3]");
        assertThat(queryFails().reason()).isEqualTo(base()
                + ": unexpected JSON: expected the Prometheus API envelope (an object) but found a list at $");
    }

    @Test
    void wrongTypeInsideTheEnvelope() {
        answer(200, "application/json", "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":{}}}");
        SourceError e = queryFails();
        assertThat(e.kind()).isEqualTo(SourceError.Kind.WRONG_SHAPE);
        assertThat(e.reason()).isEqualTo(base()
                + ": unexpected JSON: expected a list but found an object at line 1 column 61 path $.data.result");
    }

    @Test
    void unknownResultType() {
        answer(200, "application/json", "{\"status\":\"success\",\"data\":{\"resultType\":\"histogram\",\"result\":[]}}");
        assertThat(queryFails().reason()).isEqualTo(base() + ": unexpected JSON: unknown resultType 'histogram'");
    }

    @Test
    void plainTextNotFound() {
        answer(404, "text/plain; charset=utf-8", Fixtures.drill("prom_error_unknown_path_404.txt"));
        SourceError e = queryFails();
        assertThat(e.reason()).isEqualTo(base() + ": HTTP 404 Not Found: 404 page not found");
        assertThat(e.kind()).isEqualTo(SourceError.Kind.HTTP_STATUS);
    }

    @Test
    void truncatedJsonWithoutALength() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\"")
                .removeHeader("Content-Length")
                .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());
        SourceError e = queryFails();
        assertThat(e.kind()).isIn(SourceError.Kind.TRUNCATED);
        assertThat(e.reason()).startsWith(base() + ": response body truncated");
    }
}
