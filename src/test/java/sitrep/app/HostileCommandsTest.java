package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against hostile servers, settings and journals: one clear line, nothing leaked or lost. */
class HostileCommandsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final InProcessCli cli = new InProcessCli();

    @TempDir
    Path dir;

    private void actuator(String body) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void controlCharactersFromAServerAreEscapedInTheTableAndExactInJson() {
        String evil = "db\u001b[2J\u001b]0;owned\u0007\rOK\nforged  yes  1 ms\u202e";
        String body = "{\"status\":\"DOWN\",\"components\":{\"" + evil.replace("\u001b", "\\u001b")
                .replace("\u0007", "\\u0007").replace("\r", "\\r").replace("\n", "\\n").replace("\u202e", "\\u202e")
                + "\":{\"status\":\"DOWN\"}}}";
        actuator(body);
        assertThat(cli.run("check", "--status", server.url("/health").toString())).isEqualTo(1);
        assertThat(cli.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r")
                .doesNotContain("\u202e").contains("\\x1b[2J").contains("\\n");
        assertThat(cli.out().lines().filter(l -> l.startsWith("forged"))).isEmpty();
        actuator(body);
        assertThat(cli.run("check", "--status", server.url("/health").toString(), "--json")).isEqualTo(1);
        String name = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("sources").get(0)
                .getAsJsonObject().getAsJsonArray("components").get(0).getAsJsonObject().get("name").getAsString();
        assertThat(name).isEqualTo(evil);
    }

    @Test
    void theHtmlExportChartsFromAPrometheusWithItsSavedTokenAndHeaders() throws Exception {
        String token = "export-tok-" + System.nanoTime();
        String prom = server.url("/").toString();
        Path config = dir.resolve("export-settings.json");
        Files.writeString(config, "{\"prometheusUrl\": \"" + prom + "\", \"sourceOptions\": {\"" + prom
                + "\": {\"bearerToken\": \"" + token + "\", \"headers\": {\"X-Scope-OrgID\": \"tenant-7\"}}}}");
        String inc = dir.resolve("authed").toString();
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--zone", "UTC", "--at", "2023-06-10 09:00",
                "start")).isZero();
        for (int i = 0; i < 8; i++) {
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                    .body("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}").build());
        }
        assertThat(cli.run("export", "--incident", inc, "--format", "html", "--config", config.toString(), "--out",
                dir.resolve("authed.html").toString())).as(cli.err()).isZero();
        mockwebserver3.RecordedRequest asked = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(asked).as("the export asked the saved Prometheus").isNotNull();
        assertThat(asked.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
        assertThat(asked.getHeaders().get("X-Scope-OrgID")).isEqualTo("tenant-7");
    }

    @Test
    void aSavedTokenEchoedByTheServerIsMaskedInTableAndJson() throws IOException {
        String token = "echo-tok-" + System.nanoTime();
        String url = server.url("/health").toString();
        Path config = dir.resolve("settings.json");
        Files.writeString(config, "{\"statusUrls\":[\"" + url + "\"],\"sourceOptions\":{\"" + url
                + "\":{\"bearerToken\":\"" + token + "\",\"headers\":{\"X-Api-Key\":\"hdr-" + token + "\"}}}}");
        String echo = "{\"status\":\"DOWN\",\"components\":{\"auth\":{\"status\":\"DOWN\",\"details\":{\"error\":"
                + "\"token " + token + " and key hdr-" + token + " rejected\"}}}}";
        for (String json : new String[] {null, "--json"}) {
            server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "text/plain")
                    .body("rejected Bearer " + token + "\nsecond line").build());
            int code = json == null ? cli.run("check", "--config", config.toString())
                    : cli.run("check", "--config", config.toString(), json);
            assertThat(code).isEqualTo(1);
            assertThat(cli.out() + cli.err()).doesNotContain(token).contains("***");
        }
        actuator(echo);
        cli.run("check", "--config", config.toString());
        assertThat(cli.out() + cli.err()).doesNotContain(token);
    }

    @Test
    void aBadPortIsAUsageErrorNamingItsSourceWhileTheOthersAreChecked() {
        actuator("{\"status\":\"UP\"}");
        int code = cli.run("check", "--prometheus", "http://prom:99999", "--status", server.url("/health").toString());
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("--prometheus").contains("bad port").doesNotContain("Exception");
        assertThat(cli.out()).contains(server.url("/health").toString()).contains("yes");
    }

    @Test
    void aPasswordInAMalformedCommandLineUrlIsNeverEchoed() {
        assertThat(cli.run("check", "--status", "http://admin:Hunter-42x@host/o k")).isEqualTo(2);
        assertThat(cli.err()).doesNotContain("Hunter-42x").contains("***");
        assertThat(cli.run("check", "--prometheus", "http://admin:Hunter-43x@prom:70000")).isEqualTo(2);
        assertThat(cli.err()).doesNotContain("Hunter-43x");
    }

    @Test
    void aBrokenConfigGivenToCheckIsNeverRenamedNorRewritten() throws IOException {
        Path config = dir.resolve("mine.json");
        String text = "{\"statusUrls\": [\"http://127.0.0.1:" + "1/\"], \"evidenceCapMiB\": \"lots\"}";
        Files.writeString(config, text);
        cli.run("check", "--config", config.toString());
        assertThat(config).hasContent(text);
        assertThat(dir.resolve("mine.json.bad")).doesNotExist();
        assertThat(cli.err()).contains("setting 'evidenceCapMiB' has a value of the wrong type")
                .doesNotContain("Gson").doesNotContain("JsonReader").doesNotContain("Exception")
                .doesNotContain("NumberFormat");
    }

    @Test
    void nullSettingsAreOneLineNamingTheSetting() throws IOException {
        Path config = dir.resolve("nulls.json");
        Files.writeString(config, "{\"statusUrls\": [null], \"sourceOptions\": {\"http://x/\": {\"headers\": "
                + "{\"X-A\": null}}}}");
        cli.run("check", "--config", config.toString());
        assertThat(cli.err()).contains("setting 'statusUrls[0]' has an empty (null) value")
                .doesNotContain("NullPointer");
        Files.writeString(config, "{\"sourceOptions\": {\"http://x/\": {\"headers\": {\"X-A\": null}}}}");
        cli.run("check", "--config", config.toString());
        assertThat(cli.err()).contains("setting 'sourceOptions.http://x/.headers.X-A' has an empty (null) value");
        Files.writeString(config, "{\"statusUrls\": \"http://x/\"}");
        cli.run("check", "--config", config.toString());
        assertThat(cli.err()).contains("setting 'statusUrls' has a value of the wrong type");
        Files.writeString(config, "{\"statusUrls\": [\"http://x/\"");
        cli.run("check", "--config", config.toString());
        assertThat(cli.err()).contains("it is not valid JSON").doesNotContain("setStrictness")
                .doesNotContain("MalformedJson");
    }

    @Test
    void fuzzFindingAPanelWithoutExpressionsIsNamedNotThrown() throws IOException {
        // Found by SettingsFuzzTest: a record constructor refusing null escaped Gson as a bare RuntimeException.
        Path config = dir.resolve("panel.json");
        Files.writeString(config, "{\"panels\": [{\"title\": \"Latency\", \"unit\": \"s\"}]}");
        cli.run("check", "--config", config.toString());
        assertThat(cli.err()).contains("setting 'panels' has a value Sitrep cannot use")
                .doesNotContain("PanelDefinition").doesNotContain("constructor");
        assertThat(config).exists();
    }

    @Test
    void aHeaderWithALineBreakIsNamedNotQuoted() throws Exception {
        int port = freePort();
        String url = "http://127.0.0.1:" + port + "/";
        Path config = dir.resolve("hdr.json");
        Files.writeString(config, "{\"statusUrls\":[\"" + url + "\"],\"sourceOptions\":{\"" + url
                + "\":{\"headers\":{\"X-Api-Key\":\"abc\\nX-Injected: very-secret-value\"}}}}");
        assertThat(cli.run("check", "--config", config.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("X-Api-Key").contains("line break").doesNotContain("very-secret-value");
    }

    @Test
    void anAbsurdNoteTimeIsRefusedBeforeAnythingIsWritten() {
        String inc = dir.resolve("absurd").toString();
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--at", "+999999999-12-31T23:00:00Z",
                "boom")).isEqualTo(2);
        assertThat(cli.err()).contains("is outside the times Sitrep keeps, 0001-01-02 to 9999-12-30");
        assertThat(dir.resolve("absurd")).doesNotExist();
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--zone", "UTC", "--at", "2023-06-10 09:00",
                "fine")).isZero();
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--at", "-5000-01-01T00:00:00Z", "x"))
                .isEqualTo(2);
        assertThat(cli.run("timeline", "--incident", inc)).isZero();
        assertThat(cli.out()).contains("fine").doesNotContain("x\n");
    }

    @Test
    void absurdTimesAndDuplicatesInAJournalAreSkippedOnceEachAndTheRestStillReads() throws IOException {
        String inc = dir.resolve("dup").toString();
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--zone", "UTC", "--at", "2023-06-10 09:00",
                "first")).isZero();
        Path journal = dir.resolve("dup/journal/ana.jsonl");
        String good = Files.readAllLines(journal).get(0);
        String absurdWritten = "{\"v\":1,\"type\":\"entry.added\",\"id\":\"r-absurd\",\"entry\":\"e-absurd\","
                + "\"author\":\"bob\",\"written\":\"+999999999-12-31T23:00:00Z\",\"event\":\"2023-06-10T09:05:00Z\","
                + "\"kind\":\"note\",\"text\":\"absurd written\"}";
        String absurdEvent = absurdWritten.replace("r-absurd", "r-absurd2").replace("e-absurd", "e-absurd2")
                .replace("\"+999999999-12-31T23:00:00Z\"", "\"2023-06-10T09:06:00Z\"")
                .replace("2023-06-10T09:05:00Z", "-999999999-01-01T00:00:00Z");
        String sameId = good.replace("\"first\"", "\"same id, other text\"");
        String secondAdd = good.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"r-second-add\"")
                .replace("\"first\"", "\"second add\"");
        Files.writeString(dir.resolve("dup/journal/bob.jsonl"), absurdWritten + "\n" + absurdEvent + "\n" + sameId
                + "\n" + secondAdd + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE);
        assertThat(cli.run("timeline", "--incident", inc)).isZero();
        assertThat(cli.out()).contains("first").doesNotContain("same id").doesNotContain("second add")
                .doesNotContain("absurd");
        assertThat(cli.err().lines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("sitrep: warning: "));
        assertThat(cli.err()).contains("line 3").contains("duplicate is ignored").contains("second \"entry.added\"");
        for (String format : new String[] {"text", "md", "html"}) {
            assertThat(cli.run("export", "--incident", inc, "--format", format, "--no-appendix")).isZero();
            assertThat(cli.out()).contains("first");
        }
    }

    @Test
    void timelineEscapesControlCharactersButJsonKeepsThem() {
        String inc = dir.resolve("ctl").toString();
        String text = "restarted \u001b[31mdb\u001b[0m\rDONE\u202eevil";
        assertThat(cli.run("note", "--incident", inc, "--author", "ana\u0007", "--zone", "UTC", "--at",
                "2023-06-10 09:00", text)).isZero();
        assertThat(cli.run("timeline", "--incident", inc)).isZero();
        assertThat(cli.out()).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u202e")
                .doesNotContain("\u0007").contains("\\x1b[31mdb");
        assertThat(cli.run("timeline", "--incident", inc, "--json")).isZero();
        assertThat(JsonParser.parseString(cli.out()).getAsJsonArray().get(0).getAsJsonObject().get("text")
                .getAsString()).isEqualTo(text.replace('\r', ' '));
    }

    @Test
    void anExportOnATerminalShowsControlCharactersEscapedAndPipedKeepsThemExact() throws Exception {
        String inc = dir.resolve("tty").toString();
        String text = "restarted \u001b[31mdb\u001b]0;owned\u0007 \u202eevil";
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--zone", "UTC", "--at", "2023-06-10 09:00",
                text)).isZero();
        assertThat(cli.run("export", "--incident", inc, "--format", "md")).isZero();
        assertThat(cli.out()).as("piped: exact").contains("\u001b").contains("\u0007").contains("\u202eevil");

        // The real thing: the console's own JVM with a pseudo-terminal as stdin and stdout (util-linux's script).
        for (String format : new String[] {"md", "text", "html"}) {
            String command = String.join(" ", ProcessHandle.current().info().command().orElseThrow(), "-cp",
                    "'" + System.getProperty("java.class.path") + "'", Main.class.getName(), "export", "--incident",
                    "'" + inc + "'", "--format", format, "--no-appendix");
            Process p = new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null").redirectErrorStream(true)
                    .start();
            String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(shown).isZero();
            assertThat(shown).as(format).contains("restarted \\x1b").contains("\\x07").contains("\\u202eevil")
                    .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
        }
    }

    @Test
    void aSavedTokenQuotedInANoteIsMaskedInEveryExportFormat() throws IOException {
        String token = "note-tok-" + System.nanoTime();
        String inc = dir.resolve("quoted").toString();
        // Written with no settings read, so the journal holds the token as typed.
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--zone", "UTC", "--at", "2023-06-10 09:00",
                "curl -H 'Authorization: Bearer " + token + "' failed")).isZero();
        Path config = dir.resolve("quoted-settings.json");
        Files.writeString(config, "{\"sourceOptions\": {\"http://127.0.0.1:9/\": {\"bearerToken\": \"" + token
                + "\"}}}");
        for (String format : new String[] {"text", "md", "html"}) {
            assertThat(cli.run("export", "--incident", inc, "--format", format, "--no-appendix", "--config",
                    config.toString())).as(format + ": " + cli.err()).isZero();
            assertThat(cli.out()).as(format).contains("curl -H").doesNotContain(token);
        }
    }

    @Test
    void exportRefusesAFifoADeviceAFolderAndASymlink() throws Exception {
        String inc = dir.resolve("exp").toString();
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--zone", "UTC", "--at", "2023-06-10 09:00",
                "x")).isZero();
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        Path outside = dir.resolve("outside.txt");
        Files.writeString(outside, "keep me");
        Path link = dir.resolve("link.md");
        Files.createSymbolicLink(link, outside);
        for (Path target : new Path[] {fifo, Path.of("/dev/null"), dir, link}) {
            assertThat(cli.run("export", "--incident", inc, "--format", "md", "--out", target.toString(), "--force"))
                    .as(target.toString()).isEqualTo(1);
            assertThat(cli.err().lines()).hasSize(1);
            assertThat(cli.err()).contains(target.toString());
            assertThat(cli.run("followups", "--incident", inc, "--format", "csv", "--out", target.toString(),
                    "--force")).as("followups " + target).isEqualTo(1);
            assertThat(cli.err().lines()).hasSize(1);
            assertThat(cli.err()).contains(target.toString());
        }
        assertThat(outside).hasContent("keep me");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(cli.run("export", "--incident", inc, "--format", "md", "--out",
                dir.resolve("nope/x.md").toString())).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("sitrep: no such folder: " + dir.resolve("nope") + "\n");
    }

    @Test
    void noteNeverFollowsASymlinkedJournalOrIncidentFileOutOfTheFolder() throws IOException {
        String inc = dir.resolve("links").toString();
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--zone", "UTC", "--at", "2023-06-10 09:00",
                "x")).isZero();
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "untouched\n");
        Files.createSymbolicLink(dir.resolve("links/journal/bob.jsonl"), victim);
        assertThat(cli.run("note", "--incident", inc, "--author", "bob", "--at", "2023-06-10 09:01", "y")).isZero();
        assertThat(victim).hasContent("untouched");
        assertThat(cli.run("timeline", "--incident", inc)).isZero();
        assertThat(cli.out()).contains("y");

        Path incidentJson = dir.resolve("links/incident.json");
        Path elsewhere = dir.resolve("elsewhere.json");
        Files.move(incidentJson, elsewhere);
        Files.createSymbolicLink(incidentJson, elsewhere);
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "z")).isEqualTo(1);
        assertThat(cli.err()).contains("symbolic link").hasLineCount(1);
        assertThat(cli.run("timeline", "--incident", inc)).isEqualTo(1);
        assertThat(cli.err()).contains("symbolic link").hasLineCount(1);
    }

    @Test
    void aMissingOrForbiddenFolderIsSaidPlainly() throws IOException {
        assertThat(cli.run("timeline", "--incident", dir.resolve("gone").toString())).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("sitrep: no such folder: " + dir.resolve("gone") + "\n");
        String inc = dir.resolve("locked").toString();
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--zone", "UTC", "x")).isZero();
        Path journal = dir.resolve("locked/journal");
        journal.toFile().setWritable(false);
        try {
            if (!Files.isWritable(journal)) {
                assertThat(cli.run("note", "--incident", inc, "--author", "newcomer", "y")).isEqualTo(1);
                assertThat(cli.err()).contains("permission denied").hasLineCount(1).doesNotContain("Exception");
            }
        } finally {
            journal.toFile().setWritable(true);
        }
    }
}
