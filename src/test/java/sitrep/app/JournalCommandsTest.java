package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCommandsTest {

    @TempDir
    Path dir;

    private final InProcessCli cli = new InProcessCli();

    @Test
    void noteCreatesTheIncidentAndTimelinePrintsItMerged() {
        String inc = dir.resolve("api-outage").toString();
        assertThat(cli.run("note", "--incident", inc, "--zone", "PST", "--author", "ana",
                "--at", "2023-06-10 14:00", "--tag", "detect", "Monitoring alerts fired")).isZero();
        assertThat(cli.out()).contains("noted 2023-06-10T14:00:00-08:00 detection by ana");
        assertThat(cli.run("note", "--incident", inc, "--author", "bo", "--at", "2023-06-10T16:00:00-08:00",
                "network config error #rootcause")).isZero();
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--at", "2023-06-10 15:30",
                "escalated", "to", "DevOps", "--tag", "escalation")).isZero();

        assertThat(Files.exists(dir.resolve("api-outage/journal/ana.jsonl"))).isTrue();
        assertThat(Files.exists(dir.resolve("api-outage/journal/bo.jsonl"))).isTrue();

        assertThat(cli.run("timeline", "--incident", inc)).isZero();
        assertThat(cli.out().lines()).containsExactly(
                "14:00:00 PST  detection   ana  Monitoring alerts fired",
                "15:30:00 PST  escalation  ana  escalated to DevOps",
                "16:00:00 PST  root-cause  bo  network config error");
        assertThat(cli.err()).isEmpty();

        assertThat(cli.run("timeline", "--incident", inc, "--json")).isZero();
        List<Map<String, String>> json = new Gson().fromJson(cli.out(),
                new TypeToken<List<Map<String, String>>>() { }.getType());
        assertThat(json).hasSize(3);
        assertThat(json.get(2)).containsOnlyKeys("id", "time", "kind", "author", "text")
                .containsEntry("time", "2023-06-10T16:00:00-08:00").containsEntry("kind", "root-cause")
                .containsEntry("author", "bo").containsEntry("text", "network config error");
    }

    @Test
    void aTimelineAcrossMidnightShowsDates() {
        String inc = dir.resolve("long").toString();
        cli.run("note", "--incident", inc, "--zone", "Europe/Berlin", "--author", "ana", "--at", "2026-06-10 23:50", "late");
        cli.run("note", "--incident", inc, "--author", "ana", "--at", "2026-06-11 00:20", "later");
        assertThat(cli.run("timeline", "--incident", inc)).isZero();
        assertThat(cli.out().lines()).containsExactly(
                "2026-06-10 23:50:00 Europe/Berlin  note        ana  late",
                "2026-06-11 00:20:00 Europe/Berlin  note        ana  later");
    }

    @Test
    void skippedLinesAreWarnedOnStderrWithoutChangingTheExitCode() throws Exception {
        String inc = dir.resolve("i").toString();
        cli.run("note", "--incident", inc, "--zone", "UTC", "--author", "ana", "--at", "2026-06-10 10:00", "ok");
        Files.writeString(dir.resolve("i/journal/ana.jsonl"), "{torn", StandardOpenOption.APPEND);

        assertThat(cli.run("timeline", "--incident", inc)).isZero();
        assertThat(cli.out()).contains("ok");
        assertThat(cli.err()).contains("sitrep: warning: journal/ana.jsonl line 2 skipped");
    }

    @Test
    void missingFolderAndUnknownZoneAreOneLineFailures() {
        assertThat(cli.run("timeline", "--incident", dir.resolve("missing").toString())).isEqualTo(1);
        assertThat(cli.err()).startsWith("sitrep: no such folder: ").hasLineCount(1);

        assertThat(cli.run("note", "--incident", dir.resolve("x").toString(), "--zone", "Mars/Base", "hi")).isEqualTo(1);
        assertThat(cli.err()).contains("unknown time zone 'Mars/Base'").hasLineCount(1);
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(cli.run("note", "--incident", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("TEXT");
        assertThat(cli.run("note", "--incident", dir.resolve("y").toString(), "--tag", "bogus", "hi")).isEqualTo(2);
        assertThat(cli.err()).contains("'bogus'");
        assertThat(cli.run("note", "--incident", dir.resolve("y").toString(), "--at", "soonish", "hi")).isEqualTo(2);
        assertThat(cli.err()).contains("--at").contains("'soonish'");
        assertThat(cli.run("timeline")).isEqualTo(2);
        assertThat(cli.err()).contains("--incident");
    }
}
