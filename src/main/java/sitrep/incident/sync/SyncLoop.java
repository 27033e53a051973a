package sitrep.incident.sync;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import sitrep.concurrent.Daemons;

/**
 * Keeps one incident folder in step with the store in the background (the console's side of sharing).
 * A cycle runs when this machine's journal grows (checked every {@code tick}), when the store notifies that
 * someone pushed ({@code LISTEN}), and every {@code poll} anyway, the fallback when notifications are lost.
 * A store that is away is retried with a growing pause (up to ten seconds); the notes meanwhile are only on
 * this disk, which the status says, and the first successful cycle catches up by itself.
 *
 * <p>Runs on its own daemon thread; {@code listener} is called there with every status change.
 */
public final class SyncLoop implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SyncLoop.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final Replicator replicator;
    private final StoreAccess access;
    private final Path journalDir;
    private final Clock clock;
    private final Duration tick;
    private final Duration poll;
    private final Consumer<SyncStatus> listener;
    private final Thread thread;
    private final List<String> problems = new ArrayList<>();
    private volatile boolean running = true;
    /** A cycle is due at the next tick: at the start, and when the store says another machine wrote. */
    private volatile boolean nudged = true;
    private TeamStore listen;
    private SyncStatus status;

    public SyncLoop(Replicator replicator, StoreAccess access, Path journalDir, Clock clock, Duration tick,
                    Duration poll, Consumer<SyncStatus> listener) {
        this.replicator = replicator;
        this.access = access;
        this.journalDir = journalDir;
        this.clock = clock;
        this.tick = tick;
        this.poll = poll;
        this.listener = listener;
        this.thread = Daemons.thread("team-store-sync", this::run);
        thread.start();
    }

    /** The console's defaults: look for local appends every 100 ms, poll the store every 2 s. */
    public static SyncLoop start(Replicator replicator, StoreAccess access, Path journalDir,
                                 Consumer<SyncStatus> listener) {
        return new SyncLoop(replicator, access, journalDir, Clock.systemUTC(), Duration.ofMillis(100),
                Duration.ofSeconds(2), listener);
    }

    private void run() {
        long localSignature = -1;
        Instant lastCycle = Instant.MIN;
        Instant failingSince = null;
        Duration backoff = Duration.ofMillis(500);
        Instant nextTry = Instant.MIN;
        while (running) {
            try {
                long sig = localSignature();
                Instant now = clock.instant();
                boolean due = nudged || sig != localSignature || !now.isBefore(lastCycle.plus(poll));
                if (due && !now.isBefore(nextTry)) {
                    nudged = false;
                    try {
                        Replicator.Cycle cycle = replicator.cycle();
                        localSignature = sig;
                        lastCycle = now;
                        if (failingSince != null) {
                            // Once per outage, as the sources' poller does: the log tells the store's story too.
                            LOG.log(Level.INFO, "team store reachable again (failing since " + failingSince
                                    + "); " + replicator.waiting() + " record(s) still waiting");
                        }
                        failingSince = null;
                        backoff = Duration.ofMillis(500);
                        for (String p : cycle.problems()) {
                            if (!problems.contains(p)) {
                                problems.add(p);
                            }
                        }
                        publish(new SyncStatus(replicator.waiting(), null, null, false, problems));
                        ensureListening();
                    } catch (StoreException e) {
                        if (failingSince == null) {
                            LOG.log(Level.WARNING, "team store " + (e.unreachable() ? "unreachable" : "refusing")
                                    + ": " + e.getMessage());
                        }
                        failingSince = failingSince == null ? now : failingSince;
                        nextTry = now.plus(backoff);
                        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                        closeListen();
                        publish(new SyncStatus(replicator.waiting(), failingSince, e.getMessage(), e.unreachable(),
                                problems));
                    }
                }
                waitForNews();
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "team store sync: " + e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void publish(SyncStatus next) {
        if (!next.equals(status)) {
            status = next;
            listener.accept(next);
        }
    }

    /** Sizes of the journal files: grows whenever anyone here appends (mirrors too, which costs one idle cycle). */
    private long localSignature() throws IOException {
        if (!Files.isDirectory(journalDir)) {
            return 0;
        }
        long sig = 0;
        try (Stream<Path> files = Files.list(journalDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".jsonl")) {
                    sig = sig * 31 + Files.size(f);
                }
            }
        }
        return sig;
    }

    /** Sleeps one tick, waking at once when the store notifies that this incident has news. */
    private void waitForNews() throws InterruptedException {
        if (listen == null) {
            Thread.sleep(tick.toMillis());
            return;
        }
        try {
            PGNotification[] got = listen.connection().unwrap(PGConnection.class).getNotifications((int) tick.toMillis());
            if (got != null) {
                String mine = replicator.incidentId().toString();
                for (PGNotification n : got) {
                    if (mine.equals(n.getParameter())) {
                        nudged = true;
                    }
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.DEBUG, "store notifications stopped (" + e.getMessage() + "); polling until reconnected");
            closeListen();
        }
    }

    private void ensureListening() {
        if (listen != null) {
            return;
        }
        try {
            listen = access.connect();
            try (Statement st = listen.connection().createStatement()) {
                st.execute("LISTEN " + TeamStore.CHANNEL);
            }
        } catch (StoreException | SQLException e) {
            LOG.log(Level.DEBUG, "cannot listen for store notifications: " + e.getMessage());
            closeListen();
        }
    }

    private void closeListen() {
        if (listen != null) {
            listen.close();
            listen = null;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeListen();
        replicator.close();
    }
}
