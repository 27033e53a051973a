package sitrep.incident.sync;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import sitrep.incident.IncidentFolder;

/**
 * Moves journal lines between one incident folder and the team store: every complete line of this
 * machine's journals up (idempotent, in order), every line of other machines' journals down into mirror
 * files. The local journal stays the source of truth; the rest of Sitrep reads the folder and never knows
 * it is shared.
 *
 * <p>Cursors are never stored here: what is pushed is the store's line count per journal, what is pulled
 * is each mirror's own line count. A replicator killed at any point therefore resumes exactly. Not
 * thread-safe: one thread (the sync loop or {@code sitrep sync}) drives it.
 */
public final class Replicator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Replicator.class.getName());
    private static final int PUSH_BATCH = 5_000;
    private static final int PULL_BATCH = 20_000;

    /** Opens a connection to the store; the replicator reconnects through it after a failure. */
    @FunctionalInterface
    public interface Connector {
        TeamStore connect() throws StoreException;
    }

    /** What one cycle moved, and the problems it met (conflicts, unreadable rows), one line each. */
    public record Cycle(long pushed, long pulled, List<String> problems) {
        public Cycle {
            problems = List.copyOf(problems);
        }

        /** True when no journal was held back by a conflict (unreadable rows are skipped, not held back). */
        public boolean complete() {
            return problems.stream().noneMatch(p -> p.contains(JournalConflict.MARK));
        }
    }

    /** One of this machine's journal files and how much of it the store has. */
    private static final class LocalJournal {
        final LineTail tail;
        String storeName;
        long stored;
        boolean verified;
        boolean conflicted;

        LocalJournal(Path file) {
            this.tail = new LineTail(file);
        }
    }

    private final IncidentFolder folder;
    private final Connector connector;
    private final UUID incidentId;
    private final SyncState state;
    private final MirrorIndex mirrors;
    private final Map<String, LocalJournal> locals = new HashMap<>();
    private final Set<String> verifiedMirrors = new HashSet<>();
    private final Set<String> conflictedMirrors = new HashSet<>();
    private final PushedHint hint;
    private TeamStore store;
    private FileTime sharedFacts;

    public Replicator(IncidentFolder folder, Connector connector) throws IOException {
        this.folder = folder;
        this.connector = connector;
        this.incidentId = UUID.fromString(folder.id());
        this.state = SyncState.load(folder.dir());
        this.mirrors = new MirrorIndex(folder.journalDir());
        this.hint = new PushedHint(folder.dir());
    }

    public UUID incidentId() {
        return incidentId;
    }

    /**
     * One round trip: share the incident if the store lacks it, push everything new, pull everything new.
     *
     * @throws StoreException when the store cannot be reached or refuses; nothing is half-done in a way
     *                        that matters, the next cycle picks up where this one stopped
     */
    public Cycle cycle() throws StoreException, IOException {
        List<String> problems = new ArrayList<>();
        try (SyncLock lock = SyncLock.acquire(folder.dir())) {
            TeamStore s = store();
            try {
                shareFacts(s);
                List<TeamStore.StoredJournal> journals = s.journals(incidentId);
                long pushed = pushAll(s, journals, problems);
                long pulled = pullAll(s, journals, problems);
                return new Cycle(pushed, pulled, problems);
            } catch (StoreException e) {
                if (e.unreachable()) {
                    dropStore();
                }
                throw e;
            }
        }
    }

    /** Local records not yet known to be in the store (an estimate when the store was not reached yet). */
    public long waiting() throws IOException {
        long waiting = 0;
        for (Path file : localFiles()) {
            LocalJournal lj = locals.computeIfAbsent(file.getFileName().toString(), n -> new LocalJournal(file));
            long known = lj.storeName != null ? lj.stored : hint.pushed(file.getFileName().toString());
            waiting += Math.max(0, lj.tail.completeLines() - known);
        }
        return waiting;
    }

    private TeamStore store() throws StoreException {
        if (store != null && !store.isValid()) {
            dropStore();
        }
        if (store == null) {
            store = connector.connect();
            // A new connection re-checks where every journal stands.
            for (LocalJournal lj : locals.values()) {
                lj.storeName = null;
                lj.verified = false;
            }
            verifiedMirrors.clear();
            sharedFacts = null;
        }
        return store;
    }

    private void dropStore() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    private void shareFacts(TeamStore s) throws StoreException, IOException {
        Path json = folder.dir().resolve(IncidentFolder.INCIDENT_FILE);
        FileTime modified = Files.getLastModifiedTime(json);
        if (!modified.equals(sharedFacts)) {
            s.share(incidentId, IncidentFacts.read(folder.dir()));
            sharedFacts = modified;
        }
    }

    private List<Path> localFiles() throws IOException {
        Path dir = folder.journalDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(f))
                    .filter(f -> !mirrors.isMirror(f.getFileName().toString())).sorted().toList();
        }
    }

    private long pushAll(TeamStore s, List<TeamStore.StoredJournal> journals, List<String> problems)
            throws StoreException, IOException {
        long pushed = 0;
        boolean changed = false;
        for (Path file : localFiles()) {
            String local = file.getFileName().toString();
            LocalJournal lj = locals.computeIfAbsent(local, n -> new LocalJournal(file));
            if (lj.conflicted) {
                continue;
            }
            if (lj.storeName == null) {
                register(s, lj, local, journals);
            } else {
                for (TeamStore.StoredJournal j : journals) {
                    if (j.name().equals(lj.storeName)) {
                        lj.stored = j.lines();
                    }
                }
            }
            try {
                if (!lj.verified) {
                    verifyLocal(s, lj);
                }
                while (true) {
                    List<String> batch = lj.tail.linesFrom(lj.stored + 1, PUSH_BATCH);
                    if (batch.isEmpty()) {
                        break;
                    }
                    long after = s.push(incidentId, lj.storeName, lj.stored + 1, batch);
                    pushed += Math.max(0, after - lj.stored);
                    changed |= after != lj.stored;
                    lj.stored = after;
                }
            } catch (JournalConflict c) {
                lj.conflicted = true;
                LOG.log(Level.ERROR, c.getMessage());
                problems.add(c.getMessage());
            }
        }
        if (changed) {
            Map<String, Long> counts = new HashMap<>();
            locals.forEach((name, lj) -> counts.put(name, lj.stored));
            hint.save(counts);
        }
        return pushed;
    }

    /** Finds or claims this file's name in the store: its own name, or with this replica's id if taken. */
    private void register(TeamStore s, LocalJournal lj, String local, List<TeamStore.StoredJournal> journals)
            throws StoreException, IOException {
        for (TeamStore.StoredJournal j : journals) {
            if (j.replica().equals(state.replica()) && j.localName().equals(local)) {
                lj.storeName = j.name();
                lj.stored = j.lines();
                return;
            }
        }
        String stem = local.substring(0, local.length() - ".jsonl".length());
        String alias = stem + "-" + state.replica().toString().replace("-", "").substring(0, 8) + ".jsonl";
        for (String name : new String[] {local, alias}) {
            if (s.claim(incidentId, name, state.replica(), local)) {
                lj.storeName = name;
                lj.stored = 0;
                for (TeamStore.StoredJournal j : s.journals(incidentId)) {
                    if (j.name().equals(name)) {
                        lj.stored = j.lines();
                    }
                }
                return;
            }
        }
        throw new IOException("the store has journals named both " + local + " and " + alias
                + " from other machines; " + local + " cannot be shared");
    }

    /** The store's last line of this journal must be the one this machine wrote there. */
    private void verifyLocal(TeamStore s, LocalJournal lj) throws StoreException, IOException, JournalConflict {
        if (lj.stored > 0) {
            List<String> mine = lj.tail.linesFrom(lj.stored, 1);
            String theirs = s.digest(incidentId, lj.storeName, lj.stored);
            if (mine.isEmpty() || theirs != null && !theirs.equals(LineDigest.of(mine.get(0)))) {
                throw new JournalConflict(lj.storeName, lj.stored);
            }
        }
        lj.verified = true;
    }

    private long pullAll(TeamStore s, List<TeamStore.StoredJournal> journals, List<String> problems)
            throws StoreException, IOException {
        mirrors.scan();
        long pulled = 0;
        for (TeamStore.StoredJournal j : journals) {
            if (j.replica().equals(state.replica()) || conflictedMirrors.contains(j.name())) {
                continue;
            }
            MirrorFile mirror;
            try {
                mirror = mirrors.mirrorOf(j.name(), j.replica());
            } catch (IOException e) {
                problems.add(e.getMessage());
                continue;
            }
            if (mirror == null) {
                continue;
            }
            MirrorPull pull = new MirrorPull(s, incidentId, j, mirror, problems);
            if (!verifiedMirrors.contains(j.name())) {
                if (!pull.verify()) {
                    conflictedMirrors.add(j.name());
                    continue;
                }
                verifiedMirrors.add(j.name());
            }
            pulled += pull.catchUp(PULL_BATCH);
        }
        return pulled;
    }

    @Override
    public void close() {
        dropStore();
    }
}
