package sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing JVM with SIGKILL at random moments, over and over in one folder, and checks that every
 * acknowledged note survives exactly once and nothing appears that was not attempted.
 */
class JournalCrashConsistencyTest {

    private static final int ROUNDS = 100;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void acknowledgedNotesSurviveSigkillExactlyOnce() throws Exception {
        Path journal = dir.resolve("journal");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<Integer, Integer> lastAck = new HashMap<>();
        int injectedTornLines = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path file = journal.resolve("crash.jsonl");
            if (round % 10 == 9 && Files.exists(file)) {
                // A power cut can tear a write in the middle; SIGKILL alone rarely does. Leave such a tail.
                Files.writeString(file, "{\"v\":1,\"type\":\"entry.added\",\"id\":\"torn-" + round,
                        StandardOpenOption.APPEND);
                injectedTornLines++;
            }
            lastAck.put(round, runAndKill(journal, round, random));
        }

        JournalReplay.Result replay = JournalReplay.replay(journal);

        Map<Integer, Set<Integer>> present = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Journaled j : replay.records()) {
            assertThat(ids.add(j.record().id())).as("record id once").isTrue();
            String[] parts = j.record().text().split("-");
            assertThat(parts).as("only notes the child wrote").hasSize(2);
            int round = Integer.parseInt(parts[0].substring(1));
            assertThat(present.computeIfAbsent(round, r -> new HashSet<>()).add(Integer.parseInt(parts[1])))
                    .as("note %s present once", j.record().text()).isTrue();
        }
        int acked = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int last = lastAck.get(round);
            Set<Integer> got = present.getOrDefault(round, Set.of());
            for (int i = 0; i <= last; i++) {
                assertThat(got).as("seed %d round %d: acknowledged note %d", seed, round, i).contains(i);
            }
            // The child writes in order: at most the one note in flight at the kill is there without an ack.
            assertThat(got).as("seed %d round %d: nothing beyond the note in flight", seed, round)
                    .allMatch(i -> i <= last + 1);
            acked += last + 1;
        }
        assertThat(acked).as("the kills must land while notes are being written").isGreaterThanOrEqualTo(ROUNDS * 3 / 4);
        // Two torn tails merge into one line when no child got to append in between, hence "at least one".
        assertThat(injectedTornLines).isEqualTo(ROUNDS / 10);
        assertThat(replay.warnings()).isNotEmpty()
                .allSatisfy(w -> assertThat(w.reason()).containsAnyOf("not valid JSON", "incomplete"));
        assertThat(Files.readString(journal.resolve("crash.jsonl")))
                .as("a later writer starts on a fresh line after a torn tail").containsPattern("\"torn-\\d+\n\\{");
    }

    /** Runs one child and kills it; returns the index of its last acknowledged note, -1 for none. */
    private static int runAndKill(Path journal, int round, Random random) throws Exception {
        Process child = JournalCrashChild.start(journal, "crash", "r" + round, null);
        long started = System.nanoTime();
        List<String> acks = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("ACK ")) {
                        acks.add(line.substring(4));
                    }
                }
            } catch (java.io.IOException e) {
                // The stream ends with the process; whatever was read is what was acknowledged.
            }
        });
        reader.start();
        if (round % 4 == 0) {
            // Some kills land during start-up and while the journal is being opened.
            long delayMs = 50 + random.nextInt(350) - (System.nanoTime() - started) / 1_000_000;
            Thread.sleep(Math.max(0, delayMs));
        } else {
            assertThat(ready.await(20, TimeUnit.SECONDS)).as("child started").isTrue();
            // Wait for the first acknowledged note, so the kill lands while notes are being written even
            // when a loaded machine makes the child slow; then let it write for a random while.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (acks.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertThat(acks).as("child acknowledged a note").isNotEmpty();
            Thread.sleep(random.nextInt(150));
        }
        // SIGKILL through the handle: Process.destroyForcibly() would also close our end of stdout and lose
        // acks still in the pipe, making the test blame the journal for notes that were acknowledged.
        child.toHandle().destroyForcibly();
        child.waitFor(20, TimeUnit.SECONDS);
        reader.join(20_000);
        List<Integer> indexes = new ArrayList<>();
        for (String ack : acks) {
            indexes.add(Integer.parseInt(ack.substring(ack.indexOf('-') + 1)));
        }
        for (int i = 0; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).isEqualTo(i);
        }
        return indexes.size() - 1;
    }
}
