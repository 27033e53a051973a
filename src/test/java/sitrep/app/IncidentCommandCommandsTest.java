package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident command subcommands run an incident from declaration to resolution and export it. */
class IncidentCommandCommandsTest {

    @TempDir
    Path dir;

    private final InProcessCli cli = new InProcessCli();
    private String inc;

    @BeforeEach
    void drill() {
        inc = dir.resolve("drill").toString();
        ok("note", "--incident", inc, "--zone", "PST", "--title", "Service Outage", "--author", "ana",
                "--at", "2023-06-10 14:00", "--tag", "detection", "Monitoring alerts fired");
        ok("severity", "--incident", inc, "--author", "ana", "--at", "2023-06-10 14:05", "sev1");
        ok("role", "--incident", inc, "--author", "ana", "--at", "2023-06-10 14:06", "commander=alice");
        ok("status", "--incident", inc, "--author", "alice", "--at", "2023-06-10 14:06", "investigating");
        ok("note", "--incident", inc, "--author", "ana", "--at", "2023-06-10 14:30", "#misleading", "suspected the CDN");
        ok("note", "--incident", inc, "--author", "ana", "--at", "2023-06-10 15:00", "CDN ruled out");
        ok("role", "--incident", inc, "--author", "alice", "--at", "2023-06-10 15:30", "commander=bob");
        ok("role", "--incident", inc, "--author", "bob", "--at", "2023-06-10 15:31", "sme=carol");
        ok("status", "--incident", inc, "--author", "bob", "--at", "2023-06-10 15:30", "identified");
        ok("update", "--incident", inc, "--author", "bob", "--at", "2023-06-10 15:35",
                "Conditions: API errors for most users. Actions: rolling back the network config. Needs: none");
        ok("note", "--incident", inc, "--author", "carol", "--at", "2023-06-10 16:00",
                "#followup Alert on pgbouncer pool saturation @carol 2023-06-30 !high");
        ok("note", "--incident", inc, "--author", "carol", "--at", "2023-06-10 16:01", "TODO: review, the rollback runbook");
        ok("status", "--incident", inc, "--author", "bob", "--at", "2023-06-10 16:30", "monitoring");
        ok("status", "--incident", inc, "--author", "bob", "--at", "2023-06-10 17:30", "resolved");
    }

    private String ok(String... args) {
        assertThat(cli.run(args)).as(String.join(" ", args) + "\n" + cli.err()).isZero();
        return cli.out();
    }

    @Test
    void eachCommandSaysWhatItRecorded() {
        assertThat(ok("role", "--incident", inc, "--author", "bob", "--at", "2023-06-10 17:40", "scribe=dan"))
                .startsWith("dan takes scribe at 2023-06-10T17:40:00-08:00");
        assertThat(ok("role", "--incident", inc, "--author", "bob", "--at", "2023-06-10 17:41", "commander=erin"))
                .startsWith("bob hands command to erin at 2023-06-10T17:41:00-08:00");
        assertThat(ok("status", "--incident", inc, "--author", "bob", "--at", "2023-06-10 17:45", "reopened"))
                .startsWith("status reopened at 2023-06-10T17:45:00-08:00 by bob");
        assertThat(ok("update", "--incident", inc, "--author", "bob", "--at", "2023-06-10 17:46", "Errors", "are", "back"))
                .isEqualTo("Service Outage - Investigating (17:46 PST)\nConditions: Errors are back\n");
        assertThat(ok("update", "--incident", inc, "--author", "bob", "--state", "monitoring", "--markdown",
                "Fix deployed. Needs: eyes on the error rate"))
                .contains("**Service Outage - Monitoring**").contains("- **Needs:** eyes on the error rate");
    }

    @Test
    void timelineJsonListsCommandRecordsAsEntriesOfTheirKind() {
        List<Map<String, String>> json = new Gson().fromJson(ok("timeline", "--incident", inc, "--json"),
                new TypeToken<List<Map<String, String>>>() { }.getType());
        assertThat(json).extracting(m -> m.get("kind")).containsExactly("detection", "severity", "role", "status",
                "misleading", "note", "role", "status", "role", "update", "followup", "followup", "status", "status");
        assertThat(json.get(6)).containsEntry("text", "alice hands command to bob").containsEntry("author", "alice")
                .containsEntry("time", "2023-06-10T15:30:00-08:00");
        assertThat(json.get(10)).containsEntry("text", "Alert on pgbouncer pool saturation");
    }

    @Test
    void resolvingSetsTheEndAndExportsCarryLifecycleMetricsUpdatesAndFollowups() throws IOException {
        for (String format : List.of("text", "md")) {
            String exported = ok("export", "--incident", inc, "--format", format);
            Path goldenFile = Path.of("src/test/resources/command/drill-export." + format);
            if (Boolean.getBoolean("sitrep.writeGoldens")) {
                Files.writeString(goldenFile, exported, StandardCharsets.UTF_8);
            }
            String golden = Files.readString(goldenFile, StandardCharsets.UTF_8);
            assertThat(exported).as(format).isEqualTo(golden);
        }
        String html = ok("export", "--incident", inc, "--format", "html");
        assertThat(html).contains("time to mitigate = mitigated - started").contains("alice hands command to bob")
                .contains("Alert on pgbouncer pool saturation").contains("rolling back the network config");
    }

    @Test
    void followupsExportAsJiraCsvMarkdownAndJson() throws IOException {
        String csv = ok("followups", "--incident", inc, "--format", "csv");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactly("Summary", "Description", "Assignee", "Due date",
                    "Priority", "Labels");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get("Summary")).isEqualTo("Alert on pgbouncer pool saturation");
            assertThat(rows.get(0).get("Assignee")).isEqualTo("carol");
            assertThat(rows.get(0).get("Due date")).isEqualTo("30/Jun/23");
            assertThat(rows.get(0).get("Priority")).isEqualTo("High");
            assertThat(rows.get(0).get("Labels")).isEqualTo("incident-service-outage");
            // The comma in the summary survives the round trip: quoting is the library's job.
            assertThat(rows.get(1).get("Summary")).isEqualTo("review, the rollback runbook");
            assertThat(rows.get(1).get("Assignee")).isEmpty();
        }
        assertThat(ok("followups", "--incident", inc, "--format", "md")).isEqualTo(
                "- [ ] F1 Alert on pgbouncer pool saturation (owner: carol, due: 2023-06-30, priority: High)\n"
                        + "- [ ] F2 review, the rollback runbook\n");
        List<Map<String, Object>> json = new Gson().fromJson(ok("followups", "--incident", inc, "--format", "json"),
                new TypeToken<List<Map<String, Object>>>() { }.getType());
        assertThat(json.get(0)).containsEntry("ref", "F1").containsEntry("owner", "carol").containsEntry("due",
                "2023-06-30").containsEntry("priority", "High").containsEntry("done", false);

        Path out = dir.resolve("f.csv");
        ok("followups", "--incident", inc, "--format", "csv", "--out", out.toString());
        assertThat(Files.readString(out)).isEqualTo(csv);
        assertThat(cli.run("followups", "--incident", inc, "--format", "csv", "--out", out.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("exists; use --force").hasLineCount(1);
    }

    @Test
    void badValuesAreOneLineUsageErrorsAndWriteNothing() throws IOException {
        long before = Files.size(dir.resolve("drill/journal/bob.jsonl"));
        assertThat(cli.run("status", "--incident", inc, "--author", "bob", "fixed-ish")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown status 'fixed-ish'");
        assertThat(cli.run("severity", "--incident", inc, "--author", "bob", "SEV9")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown severity 'SEV9'");
        assertThat(cli.run("role", "--incident", inc, "--author", "bob", "captain=bob")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown role 'captain'");
        assertThat(cli.run("role", "--incident", inc, "--author", "bob", "bob")).isEqualTo(2);
        assertThat(cli.err()).contains("is not ROLE=NAME");
        assertThat(cli.run("status", "--incident", inc, "--author", "bob", "--at", "2023-06-10 13:00", "resolved"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("before it started");
        assertThat(cli.run("followups", "--incident", inc, "--format", "xls")).isEqualTo(2);
        assertThat(cli.err()).contains("'xls' is not a format");
        assertThat(Files.size(dir.resolve("drill/journal/bob.jsonl"))).isEqualTo(before);
        assertThat(cli.run("status", "--incident", dir.resolve("none").toString(), "identified")).isEqualTo(1);
        assertThat(cli.err()).startsWith("sitrep: no such folder: ").hasLineCount(1);
    }
}
