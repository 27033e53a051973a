package sitrep.incident.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * One of this machine's files (a journal, or an evidence file) and how much of it the store has; pushes
 * the rest in order. The store's line count is the only cursor, re-read on every new connection.
 */
final class LocalJournal {

    private final String key;
    private final LineTail tail;
    private String storeName;
    private long stored;
    private boolean verified;
    private boolean conflicted;

    /** @param key the file's name in journal/, or evidence/ and its name in evidence/ */
    LocalJournal(String key, Path file) {
        this.key = key;
        this.tail = new LineTail(file);
    }

    /** A new connection: where this journal stands in the store is looked up again. */
    void forget() {
        storeName = null;
        verified = false;
    }

    boolean conflicted() {
        return conflicted;
    }

    /** Lines the store has, as last seen (0 before the first look). */
    long stored() {
        return stored;
    }

    /** Complete local lines not known to be in the store; {@code hinted} stands in before the first look. */
    long waiting(long hinted) throws IOException {
        return Math.max(0, tail.completeLines() - (storeName != null ? stored : hinted));
    }

    /**
     * Pushes every complete line the store lacks.
     *
     * @return how many lines the store gained
     * @throws JournalConflict when the store's copy of the last common line differs; the journal is then
     *                         marked and never pushed again by this replicator
     */
    long push(TeamStore s, UUID incident, UUID replica, List<TeamStore.StoredJournal> journals, int batchSize)
            throws StoreException, IOException, JournalConflict {
        if (storeName == null) {
            register(s, incident, replica, journals);
        } else {
            for (TeamStore.StoredJournal j : journals) {
                if (j.name().equals(storeName)) {
                    stored = j.lines();
                }
            }
        }
        try {
            if (!verified) {
                verify(s, incident);
            }
            long pushed = 0;
            while (true) {
                List<String> batch = tail.linesFrom(stored + 1, batchSize);
                if (batch.isEmpty()) {
                    return pushed;
                }
                long after = s.push(incident, storeName, stored + 1, batch);
                pushed += Math.max(0, after - stored);
                stored = after;
            }
        } catch (JournalConflict c) {
            conflicted = true;
            throw c;
        }
    }

    /** Finds or claims this file's name in the store: its own name, or with this replica's id if taken. */
    private void register(TeamStore s, UUID incident, UUID replica, List<TeamStore.StoredJournal> journals)
            throws StoreException, IOException {
        for (TeamStore.StoredJournal j : journals) {
            if (j.replica().equals(replica) && j.localName().equals(key)) {
                storeName = j.name();
                stored = j.lines();
                return;
            }
        }
        String stem = key.substring(0, key.length() - ".jsonl".length());
        String alias = stem + "-" + replica.toString().replace("-", "").substring(0, 8) + ".jsonl";
        for (String name : new String[] {key, alias}) {
            if (s.claim(incident, name, replica, key)) {
                storeName = name;
                stored = 0;
                for (TeamStore.StoredJournal j : s.journals(incident)) {
                    if (j.name().equals(name)) {
                        stored = j.lines();
                    }
                }
                return;
            }
        }
        throw new IOException("the store has journals named both " + key + " and " + alias
                + " from other machines; " + key + " cannot be shared");
    }

    /** The store's last line of this journal must be the one this machine wrote there. */
    private void verify(TeamStore s, UUID incident) throws StoreException, IOException, JournalConflict {
        if (stored > 0) {
            List<String> mine = tail.linesFrom(stored, 1);
            String theirs = s.digest(incident, storeName, stored);
            if (mine.isEmpty() || theirs != null && !theirs.equals(LineDigest.of(mine.get(0)))) {
                throw new JournalConflict(storeName, stored);
            }
        }
        verified = true;
    }
}
