package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.EntryKind;
import sitrep.incident.IncidentFolder;
import sitrep.incident.IncidentJournal;
import sitrep.incident.JournalRecord;
import sitrep.incident.sync.PostgresCluster;
import sitrep.incident.sync.Replicator;
import sitrep.incident.sync.SyncLoop;
import sitrep.incident.sync.SyncStatus;
import sitrep.incident.sync.TcpProxy;

/**
 * Two incident folders stand for two responders' machines, sharing one incident through a real PostgreSQL
 * on loopback. Everything is checked the way a responder would: the command line's own timeline output.
 */
class TeamStoreIT {

    private static PostgresCluster cluster;

    @TempDir
    Path dir;

    private PostgresCluster.Database db;
    private final InProcessCli cli = new InProcessCli();
    private Path config;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = PostgresCluster.start();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void newDatabase() throws Exception {
        db = cluster.newDatabase();
        config = dir.resolve("settings.json");
        Files.writeString(config, "{\"author\": \"ana\", \"teamStore\": {\"password\": \"" + db.password() + "\"}}");
    }

    private int sitrep(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.toString()));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private String timeline(Path incident) {
        assertThat(sitrep("timeline", "--incident", incident.toString(), "--json")).isZero();
        return cli.out();
    }

    private static List<Map<String, String>> entries(String json) {
        return new Gson().fromJson(json, new TypeToken<List<Map<String, String>>>() { }.getType());
    }

    @Test
    void oneResponderSharesAnotherListsJoinsAndSeesTheSameTimeline() throws Exception {
        Path a = dir.resolve("a");
        assertThat(sitrep("note", "--incident", a.toString(), "--author", "ana", "--title", "API outage",
                "--zone", "UTC", "--at", "2026-01-05 14:00", "checkout errors #detection")).isZero();
        assertThat(sitrep("sync", "--incident", a.toString(), "--store", db.url())).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("pushed 1 record, pulled 0 records");

        assertThat(sitrep("incidents", "--store", db.url(), "--json")).as(cli.err()).isZero();
        List<Map<String, String>> listed = entries(cli.out());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).containsKeys("id", "title", "status", "severity", "last_activity")
                .containsEntry("title", "API outage");
        String id = listed.get(0).get("id");
        assertThat(Files.readString(a.resolve("incident.json"), StandardCharsets.UTF_8)).contains(id);

        assertThat(sitrep("incidents", "--store", db.url())).isZero();
        assertThat(cli.out()).contains(id).contains("API outage").contains("unknown");

        Path b = dir.resolve("b");
        assertThat(sitrep("join", "--store", db.url(), id, "--incident", b.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("joined \"API outage\"").contains("pulled 1 record");
        assertThat(sitrep("note", "--incident", b.toString(), "--author", "bo", "--at", "2026-01-05 14:05", "restarted pgbouncer"))
                .isZero();
        // The folder remembers its store: no --store needed from now on.
        assertThat(sitrep("sync", "--incident", b.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("pushed 1 record, pulled 0 records");
        assertThat(sitrep("sync", "--incident", a.toString())).isZero();
        assertThat(cli.out()).startsWith("pushed 0 records, pulled 1 record");

        String ta = timeline(a);
        assertThat(entries(ta)).extracting(m -> m.get("text")).containsExactly("checkout errors", "restarted pgbouncer");
        assertThat(timeline(b)).isEqualTo(ta);
    }

    @Test
    void theStoreListsTheSeverityAndStatusTheJournalHasNow() throws Exception {
        Path a = newIncident("command");
        assertThat(sitrep("severity", "--incident", a.toString(), "SEV2")).as(cli.err()).isZero();
        assertThat(sitrep("status", "--incident", a.toString(), "identified")).as(cli.err()).isZero();
        assertThat(sitrep("sync", "--incident", a.toString())).as(cli.err()).isZero();
        assertThat(sitrep("incidents", "--store", db.url(), "--json")).as(cli.err()).isZero();
        assertThat(entries(cli.out())).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("severity", "SEV2").containsEntry("status", "identified"));

        assertThat(sitrep("severity", "--incident", a.toString(), "SEV1")).as(cli.err()).isZero();
        assertThat(sitrep("status", "--incident", a.toString(), "resolved")).as(cli.err()).isZero();
        assertThat(sitrep("sync", "--incident", a.toString())).as(cli.err()).isZero();
        assertThat(sitrep("incidents", "--store", db.url(), "--json")).as(cli.err()).isZero();
        assertThat(entries(cli.out())).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("severity", "SEV1").containsEntry("status", "resolved"));
    }

    @Test
    void twoRespondersWriting200NotesEachWhileSyncingSeeIdenticalTimelines() throws Exception {
        Path a = newIncident("a");
        Path b = join(a, "b");
        List<SyncStatus> statuses = new CopyOnWriteArrayList<>();
        try (SyncLoop la = loop(a, statuses); SyncLoop lb = loop(b, statuses)) {
            Thread wa = writer(a, "ana", 200);
            Thread wb = writer(b, "bo", 200);
            wa.join();
            wb.join();
            try {
                await(() -> entries(timeline(a)).size() == 401 && entries(timeline(b)).size() == 401, Duration.ofSeconds(30));
            } catch (AssertionError e) {
                throw new AssertionError(statuses + " a=" + entries(timeline(a)).size() + " b=" + entries(timeline(b)).size(), e);
            }
        }
        assertThat(timeline(b)).isEqualTo(timeline(a));
        List<Map<String, String>> all = entries(timeline(a));
        assertThat(all.stream().map(m -> m.get("id")).distinct()).hasSize(401);
        assertThat(all.stream().filter(m -> m.get("author").equals("bo"))).hasSize(200);
    }

    @Test
    void notesWrittenWhileTheStoreIsStoppedMeetOnceItIsBack() throws Exception {
        Path a = newIncident("a");
        Path b = join(a, "b");
        List<SyncStatus> statuses = new CopyOnWriteArrayList<>();
        try (SyncLoop la = loop(a, statuses); SyncLoop lb = loop(b, statuses)) {
            cluster.stop();
            try {
                writer(a, "ana", 12).join();
                writer(b, "bo", 7).join();
                assertThat(sitrep("sync", "--incident", a.toString())).isEqualTo(1);
                assertThat(cli.err()).contains("is unreachable: connection refused").contains("12 records waiting")
                        .doesNotContain(db.password()).doesNotContain("Exception");
                await(() -> statuses.stream().anyMatch(s -> s.text(ZoneId.systemDefault())
                        .matches("not synced: 12 records waiting, store unreachable since \\d\\d:\\d\\d:\\d\\d "
                                + "\\(connection refused\\)")), Duration.ofSeconds(10));
            } finally {
                cluster.resume();
            }
            await(() -> entries(timeline(a)).size() == 20 && entries(timeline(b)).size() == 20, Duration.ofSeconds(30));
            await(() -> statuses.get(statuses.size() - 1).inStep(), Duration.ofSeconds(10));
        }
        assertThat(timeline(b)).isEqualTo(timeline(a));
    }

    @Test
    void aPartitionThatStopsForwardingHealsAndBothSidesConverge() throws Exception {
        Path a = newIncident("a");
        Path b = join(a, "b");
        try (TcpProxy proxy = TcpProxy.start(cluster.port())) {
            List<SyncStatus> statuses = new CopyOnWriteArrayList<>();
            try (SyncLoop la = loopVia(a, proxy.port(), statuses); SyncLoop lb = loop(b, statuses)) {
                writer(a, "ana", 5).join();
                await(() -> entries(timeline(b)).size() == 6, Duration.ofSeconds(15));
                proxy.partition();
                writer(a, "ana", 10).join();
                writer(b, "bo", 10).join();
                await(() -> statuses.stream().anyMatch(s -> s.failingSince() != null), Duration.ofSeconds(30));
                assertThat(entries(timeline(b))).hasSize(16);
                proxy.heal();
                await(() -> entries(timeline(a)).size() == 26 && entries(timeline(b)).size() == 26,
                        Duration.ofSeconds(40));
            }
        }
        assertThat(timeline(b)).isEqualTo(timeline(a));
    }

    @Test
    void aCorruptRowIsReportedAndSkippedWithoutBreakingReplay() throws Exception {
        Path a = newIncident("a");
        writer(a, "ana", 3).join();
        assertThat(sitrep("sync", "--incident", a.toString())).isZero();
        try (Connection c = db.superuser(); Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE sitrep_records SET content = '{\"v\":1,\"type\":\"entry.added\",\"text\":\"forged\"}' WHERE line = 2")).isEqualTo(1);
        }
        Path b = join(a, "b");
        assertThat(cli.err()).contains("line 2 of journal ana.jsonl in the store is unreadable").contains("skipped");
        assertThat(sitrep("timeline", "--incident", b.toString(), "--json")).isZero();
        assertThat(entries(cli.out())).extracting(m -> m.get("text")).containsExactly("opened", "ana 1", "ana 2");
        assertThat(cli.err()).contains("ana.jsonl line 2");
        // Later lines still arrive.
        writer(a, "ana", 1).join();
        assertThat(sitrep("sync", "--incident", a.toString())).isZero();
        assertThat(sitrep("sync", "--incident", b.toString())).isZero();
        assertThat(entries(timeline(b))).hasSize(4);
    }

    @Test
    void aLineWithTheSameKeyAndOtherContentIsALoudErrorNeverAnOverwrite() throws Exception {
        Path a = newIncident("a");
        writer(a, "ana", 2).join();
        assertThat(sitrep("sync", "--incident", a.toString())).isZero();
        // A copy of the folder (same replica) writes its own third line; so does the original.
        Path copy = dir.resolve("copy");
        copyTree(a, copy);
        writer(a, "ana", 1).join();
        try (IncidentJournal j = IncidentFolder.open(copy).openJournal("ana")) {
            j.append(JournalRecord.added(JournalRecord.newId(), "ana", Instant.now(), Instant.now(), EntryKind.NOTE,
                    "written in the copy", Map.of()));
        }
        assertThat(sitrep("sync", "--incident", a.toString())).isZero();
        assertThat(sitrep("sync", "--incident", copy.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("line 4 of journal ana.jsonl differs between this machine and the store")
                .contains("nothing was overwritten");
        Path b = join(a, "b");
        assertThat(entries(timeline(b))).extracting(m -> m.get("text")).containsExactly("opened", "ana 0", "ana 1", "ana 0");
    }

    @Test
    void evidenceIsSharedWhenAskedAndStopsAtTheEvidenceCap() throws Exception {
        Path a = newIncident("a");
        StringBuilder sb = new StringBuilder();
        String pad = "x".repeat(90);
        for (int i = 0; i < 15_000; i++) {
            sb.append("{\"t\":\"poll\",\"src\":\"drill:prometheus\",\"at\":").append(i).append(",\"pad\":\"")
                    .append(pad).append("\"}\n");
        }
        Files.writeString(a.resolve("evidence/20261130T140000Z-abcd.jsonl"), sb);
        // Without the setting, evidence stays home.
        assertThat(sitrep("sync", "--incident", a.toString())).isZero();
        assertThat(cli.out()).startsWith("pushed 0 records");
        assertThat(sitrep("sync", "--incident", a.toString(), "--evidence")).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("pushed 15000 records");

        Files.writeString(config, "{\"author\": \"bo\", \"evidenceCapMiB\": 1, \"teamStore\": {\"password\": \""
                + db.password() + "\", \"replicateEvidence\": true}}");
        Path b = join(a, "b");
        assertThat(cli.err()).contains("the evidence cap is reached: evidence/20261130T140000Z-abcd.jsonl is copied up to line");
        long copied = Files.size(b.resolve("evidence/20261130T140000Z-abcd.jsonl"));
        assertThat(copied).isLessThanOrEqualTo(1 << 20).isGreaterThan((1 << 20) - 200);
        assertThat(Files.readString(a.resolve("evidence/20261130T140000Z-abcd.jsonl")))
                .startsWith(Files.readString(b.resolve("evidence/20261130T140000Z-abcd.jsonl")));
    }

    @Test
    void aWrongPasswordIsOneLineWithoutThePassword() throws Exception {
        Path a = newIncident("a");
        Files.writeString(config, "{\"teamStore\": {\"password\": \"not-the-password\"}}");
        assertThat(sitrep("sync", "--incident", a.toString(), "--store", db.url())).isEqualTo(1);
        assertThat(cli.err().strip()).doesNotContain("\n").doesNotContain("not-the-password")
                .contains("refused: password authentication failed for user " + db.user());
        assertThat(sitrep("sync", "--incident", a.toString(), "--store", "postgresql://x:secret@127.0.0.1/db"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("must not contain a password").doesNotContain("secret");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private Path newIncident(String name) throws Exception {
        Path p = dir.resolve(name);
        assertThat(sitrep("note", "--incident", p.toString(), "--author", "ana", "--title", "Shared", "--zone", "UTC",
                "--at", "2026-01-05 14:00", "opened")).isZero();
        assertThat(sitrep("sync", "--incident", p.toString(), "--store", db.url())).as(cli.err()).isZero();
        return p;
    }

    private Path join(Path shared, String name) throws Exception {
        Path p = dir.resolve(name);
        String id = IncidentFolder.open(shared).id();
        assertThat(sitrep("join", "--store", db.url(), id, "--incident", p.toString())).as(cli.err()).isZero();
        return p;
    }

    private SyncLoop loop(Path incident, List<SyncStatus> statuses) throws Exception {
        return loopVia(incident, cluster.port(), statuses);
    }

    private SyncLoop loopVia(Path incident, int port, List<SyncStatus> statuses) throws Exception {
        IncidentFolder folder = IncidentFolder.open(incident);
        var access = db.accessVia(port);
        return new SyncLoop(new Replicator(folder, access::connect), access, folder.journalDir(),
                java.time.Clock.systemUTC(), Duration.ofMillis(50), Duration.ofMillis(500), statuses::add);
    }

    /** A responder typing {@code n} notes into their own journal, as the console would. */
    private static Thread writer(Path incident, String author, int n) {
        Thread t = new Thread(() -> {
            try (IncidentJournal j = IncidentFolder.open(incident).openJournal(author)) {
                for (int i = 0; i < n; i++) {
                    Instant now = Instant.now();
                    j.append(JournalRecord.added(JournalRecord.newId(), author, now, now, EntryKind.NOTE,
                            author + " " + i, Map.of()));
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        t.start();
        return t;
    }

    private static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not reached within " + limit);
            }
            Thread.sleep(100);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
