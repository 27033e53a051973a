package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import sitrep.domain.SourceUrl;
import sitrep.source.SourceConfig;

class SourceOptionsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    @Test
    void savedOptionsBecomeTheSourcesConfigWithoutShowingSecrets() {
        SourceUrl url = SourceUrl.parse("https://mimir.example.com/prometheus");
        SourceConfig c = SourceOptions.configFor(url, Map.of(url.toString(), new SourceOptions("s3cret-token", null,
                null, Map.of("X-Scope-OrgID", "team-a"), null, null, true, 10)));

        assertThat(c.auth()).isEqualTo(new SourceConfig.Bearer("s3cret-token"));
        assertThat(c.headers()).containsEntry("X-Scope-OrgID", "team-a");
        assertThat(c.gzip()).isTrue();
        assertThat(c.interval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.toString()).doesNotContain("s3cret-token").doesNotContain("team-a");
        assertThat(SourceOptions.configFor(SourceUrl.parse("http://other:9090"), Map.of()).auth())
                .isInstanceOf(SourceConfig.NoAuth.class);
    }

    @Test
    void checkSendsTheSavedCredentialsAndHeaders() throws Exception {
        String url = server.url("/").toString().replaceAll("/$", "");
        Settings s = new Settings();
        s.setSourceOptions(Map.of(SourceUrl.parse(url).toString(), new SourceOptions(null, "ops", "pa55",
                Map.of("X-Scope-OrgID", "tenant-1"), null, null, null, null)));
        Path settings = dir.resolve("settings.json");
        new SettingsStore(settings).save(s);
        assertThat(Files.readString(settings)).contains("tenant-1");
        for (int i = 0; i < 8; i++) {
            server.enqueue(new MockResponse.Builder().code(401).body("unauthorized").build());
        }
        StringWriter out = new StringWriter();
        CommandLine cl = SitrepCommand.commandLine(o -> 0);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));

        int code = cl.execute("check", "--status", url, "--config", settings.toString());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).startsWith("Basic ");
        assertThat(request.getHeaders().get("X-Scope-OrgID")).isEqualTo("tenant-1");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("pa55");
    }
}
