package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.EntryKind;
import sitrep.incident.IncidentFolder;
import sitrep.incident.IncidentJournal;
import sitrep.incident.JournalRecord;
import sitrep.incident.sync.PostgresCluster;

/**
 * {@code sitrep sync}, and the console's background sync loop, in child JVMs killed with SIGKILL at random moments, at least 50 times, on two
 * machines' folders while their responders keep writing. Afterwards each machine's mirror of the other's
 * journal is byte for byte the original, the store holds every line exactly once, and both timelines are
 * identical: nothing lost, nothing doubled.
 */
class SyncKillIT {

    private static final int KILLS = 50;

    @TempDir
    Path dir;

    @Test
    void syncKilledAtRandomMomentsLosesAndDoublesNothing() throws Exception {
        try (PostgresCluster cluster = PostgresCluster.start()) {
            PostgresCluster.Database db = cluster.newDatabase();
            Path config = dir.resolve("settings.json");
            Files.writeString(config, "{\"author\": \"ana\"}");
            InProcessCli cli = new InProcessCli();
            Path a = dir.resolve("a");
            Path b = dir.resolve("b");
            Files.writeString(dir.resolve("pw"), "{\"teamStore\": {\"password\": \"" + db.password() + "\"}}");
            String[] cfg = {"--config", dir.resolve("pw").toString()};
            assertThat(cli.run(cfg[0], cfg[1], "note", "--incident", a.toString(), "--author", "ana", "--zone", "UTC",
                    "--title", "Kill test", "opened")).isZero();
            assertThat(cli.run(cfg[0], cfg[1], "sync", "--incident", a.toString(), "--store", db.url())).as(cli.err()).isZero();
            assertThat(cli.run(cfg[0], cfg[1], "join", "--store", db.url(), IncidentFolder.open(a).id(), "--incident",
                    b.toString())).as(cli.err()).isZero();

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger(1);
            Thread wa = writer(a, "ana", writing, written);
            Thread wb = writer(b, "bo", writing, written);
            Random random = new Random(42);
            int kills = 0;
            int runs = 0;
            Instant limit = Instant.now().plus(Duration.ofSeconds(120));
            while (kills < KILLS && Instant.now().isBefore(limit)) {
                Path folder = runs % 2 == 0 ? a : b;
                // Every third child keeps syncing the way the console does, the others are sitrep sync.
                Process p = runs++ % 3 == 2 ? consoleLike(folder, db) : child(folder, db, config);
                Thread.sleep(200 + random.nextInt(1200));
                if (p.isAlive()) {
                    p.destroyForcibly();
                    kills++;
                }
                p.waitFor(10, TimeUnit.SECONDS);
            }
            writing.set(false);
            wa.join();
            wb.join();
            assertThat(kills).as("children killed while running").isGreaterThanOrEqualTo(KILLS);

            for (Path folder : List.of(a, b, a)) {
                assertThat(cli.run(cfg[0], cfg[1], "sync", "--incident", folder.toString())).as(cli.err()).isZero();
            }
            assertThat(Files.readAllBytes(b.resolve("journal/ana.jsonl")))
                    .isEqualTo(Files.readAllBytes(a.resolve("journal/ana.jsonl")));
            assertThat(Files.readAllBytes(a.resolve("journal/bo.jsonl")))
                    .isEqualTo(Files.readAllBytes(b.resolve("journal/bo.jsonl")));
            long lines = Files.readAllLines(a.resolve("journal/ana.jsonl")).size()
                    + Files.readAllLines(b.resolve("journal/bo.jsonl")).size();
            assertThat(lines).isEqualTo(written.get());
            try (Connection c = db.superuser(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT (journal, line)), "
                         + "(SELECT sum(lines) FROM sitrep_journals) FROM sitrep_records")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(lines);
                assertThat(rs.getLong(2)).isEqualTo(lines);
                assertThat(rs.getLong(3)).isEqualTo(lines);
            }
            assertThat(cli.run(cfg[0], cfg[1], "timeline", "--incident", a.toString(), "--json")).isZero();
            String ta = cli.out();
            assertThat(cli.run(cfg[0], cfg[1], "timeline", "--incident", b.toString(), "--json")).isZero();
            assertThat(cli.out()).isEqualTo(ta);
            assertThat(ta.split("\"id\"", -1).length - 1).isEqualTo(written.get());
        }
    }

    /** {@code sitrep sync} in its own JVM, the password from PGPASSWORD as a shell user would give it. */
    private static Process child(Path incident, PostgresCluster.Database db, Path config) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--config", config.toString(), "sync", "--incident", incident.toString(),
                "--store", db.url()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PGPASSWORD", db.password());
        return pb.start();
    }

    /** The console's background sync ({@link sitrep.incident.sync.SyncLoop}) in its own JVM, until killed. */
    private static Process consoleLike(Path incident, PostgresCluster.Database db) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                sitrep.incident.sync.SyncLoopChild.class.getName(), incident.toString(), db.url());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PGPASSWORD", db.password());
        return pb.start();
    }

    /** A responder writing a note every few milliseconds until told to stop. */
    private static Thread writer(Path incident, String author, AtomicBoolean writing, AtomicInteger written) {
        Thread t = new Thread(() -> {
            try (IncidentJournal j = IncidentFolder.open(incident).openJournal(author)) {
                int i = 0;
                while (writing.get()) {
                    Instant now = Instant.now();
                    j.append(JournalRecord.added(JournalRecord.newId(), author, now, now, EntryKind.NOTE,
                            author + " " + i++, Map.of()));
                    written.incrementAndGet();
                    Thread.sleep(3);
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        t.start();
        return t;
    }
}
