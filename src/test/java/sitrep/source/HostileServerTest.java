package sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sitrep.domain.SourceUrl;
import sitrep.source.prometheus.PrometheusClient;

/** Servers that misbehave on purpose: echo secrets, redirect elsewhere, trickle. */
class HostileServerTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    @StartStop
    private final MockWebServer elsewhere = new MockWebServer();

    private final HttpClients clients = HttpClients.withTimeouts(Duration.ofMillis(500), Duration.ofMillis(1500),
            Duration.ofMillis(2500));

    @AfterEach
    void closeClients() {
        clients.close();
    }

    private SourceConfig config() {
        return SourceConfig.of(SourceUrl.parse(server.url("/").toString()));
    }

    private SourceError queryFails(SourceConfig config) {
        PrometheusClient client = new PrometheusClient(new HttpFetcher(clients), config);
        return catchThrowableOfType(SourceError.class, () -> client.query("up", null));
    }

    @Test
    void aTokenEchoedInAnErrorBodyIsMasked() {
        String token = "tok-Echo-" + System.nanoTime();
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "text/plain")
                .body("bad request: Authorization: Bearer " + token + " not accepted for key=" + token).build());
        SourceError e = queryFails(config().withAuth(new SourceConfig.Bearer(token)));
        assertThat(e.reason()).startsWith(server.url("/").toString().replaceAll("/$", ""))
                .contains("HTTP 400").doesNotContain(token).contains("***");
    }

    @Test
    void aHeaderValueEchoedUrlEncodedIsMaskedToo() {
        String key = "k3y with/slash+" + System.nanoTime();
        String encoded = java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8);
        server.enqueue(new MockResponse.Builder().code(422).setHeader("Content-Type", "application/json")
                .body("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"unknown tenant " + encoded + "\"}")
                .build());
        SourceError e = queryFails(config().withHeader("X-Api-Key", key));
        assertThat(e.reason()).doesNotContain(encoded).doesNotContain(key);
    }

    @Test
    void credentialsAndCustomHeadersNeverFollowARedirectToAnotherPort() throws Exception {
        String token = "tok-redirect-" + System.nanoTime();
        server.enqueue(new MockResponse.Builder().code(302)
                .setHeader("Location", elsewhere.url("/api/v1/query?query=up").toString()).build());
        elsewhere.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}").build());
        PrometheusClient client = new PrometheusClient(new HttpFetcher(clients),
                config().withAuth(new SourceConfig.Bearer(token)).withHeader("X-Api-Key", "secret-key-1")
                        .withHeader("X-Scope-OrgID", "tenant-secret"));
        client.query("up", null);
        RecordedRequest first = server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
        assertThat(first.getHeaders().get("X-Api-Key")).isEqualTo("secret-key-1");
        RecordedRequest followed = elsewhere.takeRequest(2, TimeUnit.SECONDS);
        assertThat(followed).isNotNull();
        assertThat(followed.getHeaders().get("Authorization")).isNull();
        assertThat(followed.getHeaders().get("X-Api-Key")).isNull();
        assertThat(followed.getHeaders().get("X-Scope-OrgID")).isNull();
    }

    @Test
    void aRedirectOnTheSameOriginKeepsThem() throws Exception {
        server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "/prefix/api/v1/query?query=up")
                .build());
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}").build());
        PrometheusClient client = new PrometheusClient(new HttpFetcher(clients),
                config().withHeader("X-Api-Key", "same-origin-key"));
        client.query("up", null);
        server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(server.takeRequest(2, TimeUnit.SECONDS).getHeaders().get("X-Api-Key")).isEqualTo("same-origin-key");
    }

    @Test
    void aRedirectLoopIsOneLineWithoutLibraryWording() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/loop" + i).build());
        }
        SourceError e = queryFails(config());
        assertThat(e.reason()).endsWith(": more than 5 redirects; check the URL").doesNotContain("follow-up")
                .doesNotContain("Too many");
    }

    @Test
    void aServerTricklingItsBodyCannotHoldACallPastTheTotalDeadline() {
        StringBuilder body = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[");
        body.append(" ".repeat(60)).append("]}}");
        // Headers at once, then one byte every 400 ms: never a read timeout (1.5 s), always progress.
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body.toString())
                .throttleBody(1, 400, TimeUnit.MILLISECONDS).build());
        long started = System.nanoTime();
        SourceError e = queryFails(config());
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(e.kind()).isEqualTo(SourceError.Kind.DEADLINE);
        assertThat(e.reason()).endsWith(": no complete answer within 2500 ms (total deadline)");
        assertThat(tookMs).isBetween(2000L, 6000L);
    }

    @Test
    void headersThatNeverComeEndAtTheDeadlineToo() {
        server.enqueue(new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body("{}").build());
        HttpClients slowRead = HttpClients.withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofMillis(1200));
        try {
            PrometheusClient client = new PrometheusClient(new HttpFetcher(slowRead), config());
            SourceError e = catchThrowableOfType(SourceError.class, () -> client.query("up", null));
            assertThat(e.reason()).endsWith("no complete answer within 1200 ms (total deadline)");
        } finally {
            slowRead.close();
        }
    }

    @Test
    void aHeaderValueWithALineBreakIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> config().withHeader("X-Api-Key", "abc\r\nX-Evil: sneaky-secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the value of header 'X-Api-Key' contains a line break or control character")
                .satisfies(t -> assertThat(t.getMessage()).doesNotContain("sneaky"));
    }

    @Test
    void aConfigNeverPrintsItsSecrets() {
        SourceConfig c = config().withAuth(new SourceConfig.Basic("ana", "pw-never-shown"))
                .withHeader("X-Api-Key", "hdr-never-shown");
        assertThat(c.toString()).doesNotContain("pw-never-shown").doesNotContain("hdr-never-shown");
    }
}
