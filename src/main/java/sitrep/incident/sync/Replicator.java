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
import java.util.TreeMap;
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

    /** Store journal names of evidence files start with this; their files live in evidence/. */
    static final String EVIDENCE_PREFIX = "evidence/";

    private final IncidentFolder folder;
    private final Connector connector;
    /** 0: evidence is not replicated; otherwise the evidence folder's size cap, which pulls respect. */
    private final long evidenceCap;
    private final MirrorIndex evidenceMirrors;
    private final UUID incidentId;
    private final SyncState state;
    private final MirrorIndex mirrors;
    private final Map<String, LocalJournal> locals = new HashMap<>();
    private final Set<String> verifiedMirrors = new HashSet<>();
    private final Set<String> conflictedMirrors = new HashSet<>();
    private final PushedHint hint;
    private TeamStore store;
    private IncidentFacts sharedFacts;
    private String sharedFactsKey = "";

    public Replicator(IncidentFolder folder, Connector connector) throws IOException {
        this(folder, connector, 0);
    }

    /**
     * @param evidenceCap when positive, the evidence folder is replicated too, and pulls stop before it
     *                    would pass this many bytes (the same cap the recorder keeps)
     */
    public Replicator(IncidentFolder folder, Connector connector, long evidenceCap) throws IOException {
        this.folder = folder;
        this.connector = connector;
        this.evidenceCap = evidenceCap;
        this.evidenceMirrors = new MirrorIndex(folder.evidenceDir());
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
        for (Map.Entry<String, Path> file : localFiles().entrySet()) {
            LocalJournal lj = locals.computeIfAbsent(file.getKey(), n -> new LocalJournal(n, file.getValue()));
            waiting += lj.waiting(hint.pushed(file.getKey()));
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
            locals.values().forEach(LocalJournal::forget);
            verifiedMirrors.clear();
            sharedFacts = null;
            sharedFactsKey = "";
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
        // Status and severity are journal records: the facts are read again when incident.json or any journal
        // (own or mirrored) has changed, and sent only when what the store lists would change.
        String seen = factsKey();
        if (!seen.equals(sharedFactsKey)) {
            IncidentFacts facts = IncidentFacts.read(folder.dir());
            if (!facts.equals(sharedFacts)) {
                s.share(incidentId, facts);
                sharedFacts = facts;
            }
            sharedFactsKey = seen;
        }
    }

    /** Changes whenever incident.json or a journal file changes: its modification time and every journal's size. */
    private String factsKey() throws IOException {
        StringBuilder key = new StringBuilder(
                Files.getLastModifiedTime(folder.dir().resolve(IncidentFolder.INCIDENT_FILE)).toString());
        try (var files = Files.list(folder.journalDir())) {
            for (Path f : files.sorted().toList()) {
                key.append('|').append(f.getFileName()).append('=').append(Files.size(f));
            }
        }
        return key.toString();
    }

    /** This machine's own files by their key (the journal file name, or evidence/ and the file name). */
    private Map<String, Path> localFiles() throws IOException {
        Map<String, Path> out = new TreeMap<>();
        for (Path f : ownFiles(folder.journalDir(), mirrors)) {
            out.put(f.getFileName().toString(), f);
        }
        if (evidenceCap > 0) {
            for (Path f : ownFiles(folder.evidenceDir(), evidenceMirrors)) {
                out.put(EVIDENCE_PREFIX + f.getFileName(), f);
            }
        }
        return out;
    }

    private static List<Path> ownFiles(Path dir, MirrorIndex index) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(f))
                    .filter(f -> !index.isMirror(f.getFileName().toString())).sorted().toList();
        }
    }

    private long pushAll(TeamStore s, List<TeamStore.StoredJournal> journals, List<String> problems)
            throws StoreException, IOException {
        long pushed = 0;
        for (Map.Entry<String, Path> file : localFiles().entrySet()) {
            LocalJournal lj = locals.computeIfAbsent(file.getKey(), n -> new LocalJournal(n, file.getValue()));
            if (lj.conflicted()) {
                continue;
            }
            try {
                pushed += lj.push(s, incidentId, state.replica(), journals, PUSH_BATCH);
            } catch (JournalConflict c) {
                LOG.log(Level.ERROR, c.getMessage());
                problems.add(c.getMessage());
            }
        }
        if (pushed > 0) {
            Map<String, Long> counts = new HashMap<>();
            locals.forEach((name, lj) -> counts.put(name, lj.stored()));
            hint.save(counts);
        }
        return pushed;
    }

    private long pullAll(TeamStore s, List<TeamStore.StoredJournal> journals, List<String> problems)
            throws StoreException, IOException {
        mirrors.scan();
        if (evidenceCap > 0) {
            evidenceMirrors.scan();
        }
        long pulled = 0;
        for (TeamStore.StoredJournal j : journals) {
            if (j.replica().equals(state.replica()) || conflictedMirrors.contains(j.name())) {
                continue;
            }
            boolean evidence = j.name().startsWith(EVIDENCE_PREFIX);
            if (evidence && evidenceCap <= 0) {
                continue;
            }
            MirrorFile mirror;
            try {
                mirror = evidence
                        ? evidenceMirrors.mirrorOf(j.name(), j.name().substring(EVIDENCE_PREFIX.length()), j.replica())
                        : mirrors.mirrorOf(j.name(), j.replica());
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
            pulled += evidence ? pull.catchUp(PULL_BATCH, evidenceCap - folderSize(folder.evidenceDir()))
                    : pull.catchUp(PULL_BATCH);
        }
        return pulled;
    }

    private static long folderSize(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    total += Files.size(f);
                }
            }
            return total;
        }
    }

    @Override
    public void close() {
        dropStore();
    }
}
