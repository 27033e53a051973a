package sitrep.incident.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.bench.Bench;
import sitrep.bench.OnTargetDisk;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.incident.IncidentFolder;
import sitrep.incident.IncidentJournal;
import sitrep.incident.JournalLines;
import sitrep.incident.JournalReader;
import sitrep.incident.JournalRecord;
import sitrep.incident.JournalReplay;
import sitrep.incident.IncidentTimeline;

/**
 * Run with {@code mvn -Pbench verify}: the team store on a real PostgreSQL on loopback. Folders go under
 * target/ so the real disk is measured.
 */
class TeamStoreBenchmark {

    private static final int WARM_UP_REPLAYS = 7;
    private static final int MEASURED_REPLAYS = 10;

    private static PostgresCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = PostgresCluster.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @TempDir(factory = OnTargetDisk.class)
    Path disk;

    private Path benchDir() throws IOException {
        return Files.createTempDirectory(disk, "store");
    }

    private static IncidentFolder incident(Path dir) throws IOException {
        return IncidentFolder.openOrCreate(dir, new Incident("Bench", IncidentZone.parse("UTC"),
                Instant.parse("2026-06-10T14:00:00Z"), null, "", Map.of(), false));
    }

    /** A note forced to disk on one machine until the other machine's reader sees it, both syncing live. */
    @Test
    void lagFromANoteOnOneMachineToTheOther() throws Exception {
        PostgresCluster.Database db = cluster.newDatabase();
        StoreAccess access = db.access();
        Path base = benchDir();
        IncidentFolder a = incident(base.resolve("a"));
        try (Replicator first = new Replicator(a, access::connect)) {
            first.cycle();
        }
        IncidentFolder b;
        try (TeamStore s = access.connect()) {
            b = IncidentSharing.join(s, a.id(), base.resolve("b"));
        }
        int samples = 60;
        double[] ms = new double[samples];
        try (SyncLoop la = SyncLoop.start(new Replicator(a, access::connect), access, a.journalDir(), s -> { });
             SyncLoop lb = SyncLoop.start(new Replicator(b, access::connect), access, b.journalDir(), s -> { });
             IncidentJournal journal = a.openJournal("ana")) {
            JournalReader reader = b.newReader();
            Thread.sleep(3000);
            reader.readNew();
            for (int i = 0; i < samples; i++) {
                Instant now = Instant.now();
                JournalRecord r = JournalRecord.added(JournalRecord.newId(), "ana", now, now, EntryKind.NOTE,
                        "note " + i, Map.of());
                journal.append(r);
                long t0 = System.nanoTime();
                while (reader.readNew().records().stream().noneMatch(j -> j.record().id().equals(r.id()))) {
                    Thread.sleep(1);
                    if (System.nanoTime() - t0 > 10_000_000_000L) {
                        throw new AssertionError("note " + i + " did not arrive within 10 s");
                    }
                }
                ms[i] = (System.nanoTime() - t0) / 1e6;
                Thread.sleep(150);
            }
        }
        Arrays.sort(ms);
        double median = ms[samples / 2];
        Bench.print("team_store_lag_median", median, "ms (limit 1000)");
        Bench.print("team_store_lag_p95", ms[(int) (samples * 0.95)], "ms");
        assertThat(median).isLessThan(1000);
    }

    /** One machine's 100,000 records pushed, then pulled by a machine that joins afterwards. */
    @Test
    void catchingUpOneHundredThousandRecords() throws Exception {
        PostgresCluster.Database db = cluster.newDatabase();
        StoreAccess access = db.access();
        Path base = benchDir();
        IncidentFolder a = incident(base.resolve("a"));
        writeJournal(a.journalDir().resolve("ana.jsonl"), "ana", 100_000, 0);
        long t0 = System.nanoTime();
        try (Replicator r = new Replicator(a, access::connect)) {
            assertThat(r.cycle().pushed()).isEqualTo(100_000);
        }
        double pushS = (System.nanoTime() - t0) / 1e9;
        IncidentFolder b;
        try (TeamStore s = access.connect()) {
            b = IncidentSharing.join(s, a.id(), base.resolve("b"));
        }
        long t1 = System.nanoTime();
        try (Replicator r = new Replicator(b, access::connect)) {
            assertThat(r.cycle().pulled()).isEqualTo(100_000);
        }
        double pullS = (System.nanoTime() - t1) / 1e9;
        assertThat(Files.readAllBytes(b.journalDir().resolve("ana.jsonl")))
                .isEqualTo(Files.readAllBytes(a.journalDir().resolve("ana.jsonl")));
        Bench.print("team_store_push_100k", pushS, "s");
        Bench.print("team_store_catch_up_100k", pullS, "s (limit 10)");
        assertThat(pullS).isLessThan(10);
    }

    /** 50 responders' journals of 2,000 records each, replayed and folded into the timeline. */
    @Test
    void replayingFiftyRespondersOfTwoThousandRecords() throws Exception {
        Path journal = Files.createDirectories(benchDir().resolve("journal"));
        for (int f = 0; f < 50; f++) {
            writeJournal(journal.resolve("responder-" + f + ".jsonl"), "responder-" + f, 2_000, f);
        }
        // Seven warm-up runs, then ten measured ones, each after a full collection as the journal replay's are. With
        // two warm-up runs and no collection, a run collected the previous run's 100,000 records inside its own time,
        // and the best of five moved 506 to 614 ms between runs. In trials of five passes each, the best of ten read
        // 484 to 593 ms after three warm-up runs and a wait for the JIT to settle, 432 to 635 after eight and that
        // wait, 418 to 468 after seven without it.
        for (int run = 0; run < WARM_UP_REPLAYS; run++) {
            replayIntoTimeline(journal);
        }
        double[] wall = new double[MEASURED_REPLAYS];
        double[] cpu = new double[MEASURED_REPLAYS];
        int entries = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < wall.length; run++) {
            System.gc();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            entries = replayIntoTimeline(journal);
            wall[run] = (System.nanoTime() - t0) / 1e6;
            cpu[run] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        assertThat(entries).isEqualTo(100_000);
        double wallMedian = Bench.median(wall);
        // The replaying thread's own CPU, as journal_replay_100k's: a run allocates some 550 MB and keeps 110, so
        // one or two young collections of 35 to 135 ms land in its wall time, as many as G1's adaptive young
        // generation makes due (250 to 530 MB, chosen afresh in each JVM), and the wall median moved 439 to 558 ms
        // between three runs. The collections' share is left in the wall figures beside it.
        Bench.print("replay_50_responders_x_2000", Bench.median(cpu), "ms of the replaying thread's CPU (median of "
                + MEASURED_REPLAYS + " runs, each after a full collection, after " + WARM_UP_REPLAYS
                + " warm-up runs; their wall median " + String.format(Locale.ROOT, "%.0f", wallMedian)
                + " ms, limit 2000)");
        Bench.print("replay_50_responders_x_2000_best", Arrays.stream(wall).min().orElseThrow(), "ms (of the runs "
                + Arrays.stream(wall).mapToObj(m -> String.format(Locale.ROOT, "%.0f", m))
                        .collect(Collectors.joining(" ")) + ")");
        assertThat(wallMedian).as("the median replay's wall time (ms)").isLessThan(2000);
    }

    /** The journal folder replayed and folded into a new timeline; the timeline's entries. */
    private static int replayIntoTimeline(Path journal) throws IOException {
        JournalReplay.Result result = JournalReplay.replay(journal);
        IncidentTimeline timeline = new IncidentTimeline();
        timeline.apply(result.records());
        return timeline.entries().size();
    }

    private static void writeJournal(Path file, String author, int n, int offset) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        Instant t = Instant.parse("2026-06-10T14:00:00Z");
        for (int i = 0; i < n; i++) {
            Instant at = t.plusMillis(i * 50L + offset);
            sb.append(JournalLines.of(JournalRecord.added(JournalRecord.newId(), author, at, at, EntryKind.NOTE,
                    "note " + i + " from " + author + " about the database failover", Map.of()))).append('\n');
        }
        Files.writeString(file, sb);
    }
}
