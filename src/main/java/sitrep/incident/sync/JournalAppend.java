package sitrep.incident.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Appends a batch of a journal's lines to the team store in one transaction: lines the store already has are
 * compared by digest, never replaced, and the incident's listeners are notified on commit.
 */
final class JournalAppend {

    private final Connection connection;
    private final StoreAddress address;

    JournalAppend(Connection connection, StoreAddress address) {
        this.connection = connection;
        this.address = address;
    }

    /**
     * Appends lines {@code first .. first+lines.size()-1} of a journal in one transaction. Lines the store
     * already has are compared, never replaced: a different one is a {@link JournalConflict}.
     *
     * @return the journal's line count in the store afterwards
     */
    long push(UUID incident, String journal, long first, List<String> lines) throws StoreException, JournalConflict {
        try {
            connection.setAutoCommit(false);
            try {
                long stored;
                try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT lines FROM sitrep_journals WHERE incident_id = ? AND name = ? FOR UPDATE")) {
                    ps.setObject(1, incident);
                    ps.setString(2, journal);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new StoreException("the store lost journal " + journal + "'s registration", false);
                        }
                        stored = rs.getLong(1);
                    }
                }
                if (first > stored + 1) {
                    // The store has fewer lines than the caller thought (restored from a backup): resend from there.
                    connection.rollback();
                    return stored;
                }
                int n = lines.size();
                Long[] nums = new Long[n];
                String[] texts = new String[n];
                String[] digests = new String[n];
                for (int i = 0; i < n; i++) {
                    nums[i] = first + i;
                    texts[i] = lines.get(i);
                    digests[i] = LineDigest.of(texts[i]);
                }
                Set<Long> inserted = new HashSet<>();
                try (PreparedStatement ps = connection.prepareStatement("""
                        INSERT INTO sitrep_records (incident_id, journal, line, content, digest)
                        SELECT ?, ?, t.l, t.c, t.d FROM unnest(?::bigint[], ?::text[], ?::text[]) AS t(l, c, d)
                        ON CONFLICT DO NOTHING RETURNING line""")) {
                    ps.setObject(1, incident);
                    ps.setString(2, journal);
                    ps.setArray(3, connection.createArrayOf("bigint", nums));
                    ps.setArray(4, connection.createArrayOf("text", texts));
                    ps.setArray(5, connection.createArrayOf("text", digests));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            inserted.add(rs.getLong(1));
                        }
                    }
                }
                if (inserted.size() < n) {
                    checkSame(incident, journal, nums, digests, inserted);
                }
                long after = Math.max(stored, first + n - 1);
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE sitrep_journals SET lines = ? WHERE incident_id = ? AND name = ?")) {
                    ps.setLong(1, after);
                    ps.setObject(2, incident);
                    ps.setString(3, journal);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE sitrep_incidents SET last_activity = now() WHERE id = ?")) {
                    ps.setObject(1, incident);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                    ps.setString(1, TeamStore.CHANNEL);
                    ps.setString(2, incident.toString());
                    ps.execute();
                }
                connection.commit();
                return after;
            } catch (SQLException | StoreException | JournalConflict | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreException.from(e, address);
        }
    }

    private void checkSame(UUID incident, String journal, Long[] nums, String[] digests, Set<Long> inserted)
            throws SQLException, JournalConflict {
        List<Long> clashing = new ArrayList<>();
        for (Long n : nums) {
            if (!inserted.contains(n)) {
                clashing.add(n);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT line, digest FROM sitrep_records WHERE incident_id = ? AND journal = ? AND line = ANY (?)")) {
            ps.setObject(1, incident);
            ps.setString(2, journal);
            Array arr = connection.createArrayOf("bigint", clashing.toArray(new Long[0]));
            ps.setArray(3, arr);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long line = rs.getLong(1);
                    int i = (int) (line - nums[0]);
                    if (!digests[i].equals(rs.getString(2))) {
                        throw new JournalConflict(journal, line);
                    }
                }
            }
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the transaction dies with it.
        }
    }
}
