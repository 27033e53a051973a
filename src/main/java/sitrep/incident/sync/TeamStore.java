package sitrep.incident.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One connection to the team store and the few statements the replicator needs. Not thread-safe: each
 * replicator owns its own. Every failure is a {@link StoreException} with one readable line.
 */
public final class TeamStore implements AutoCloseable {

    /** The channel a push notifies, with the incident id as payload. */
    static final String CHANNEL = "sitrep_records";

    /** An incident as listed by {@code sitrep incidents} and the Join dialog. */
    public record StoredIncident(String id, String title, String severity, String status, Instant lastActivity) {
    }

    /** A journal in the store: its name there, the machine (replica) that writes it, and its line count. */
    record StoredJournal(String name, UUID replica, String localName, long lines) {
    }

    /** One stored line; {@code content} is as pushed, {@code digest} lets a puller catch a row altered since. */
    record StoredLine(long line, String content, String digest) {
    }

    private final StoreAddress address;
    private final Connection connection;
    private final JournalAppend appends;

    private TeamStore(StoreAddress address, Connection connection) {
        this.address = address;
        this.connection = connection;
        this.appends = new JournalAppend(connection, address);
    }

    /** Connects and makes sure the schema is there (creating it on first use). */
    public static TeamStore connect(StoreAddress address, String password) throws StoreException {
        try {
            Connection c = DriverManager.getConnection(address.jdbcUrl(), address.properties(password));
            TeamStore store = new TeamStore(address, c);
            try {
                StoreSchema.ensure(c, address);
            } catch (StoreException | SQLException | RuntimeException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (SQLException e) {
            throw StoreException.from(e, address);
        }
    }

    public StoreAddress address() {
        return address;
    }

    Connection connection() {
        return connection;
    }

    /** Every shared incident, most recently active first. */
    public List<StoredIncident> incidents() throws StoreException {
        List<StoredIncident> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, title, severity, status, last_activity FROM sitrep_incidents ORDER BY last_activity DESC, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredIncident(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()));
            }
            return out;
        } catch (SQLException e) {
            throw StoreException.from(e, address);
        }
    }

    /** The incident.json a sharer stored, or empty when the store has no such incident. */
    public Optional<String> incidentJson(UUID id) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT incident_json FROM sitrep_incidents WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StoreException.from(e, address);
        }
    }

    /** Adds the incident, or refreshes its listed facts when it is there already. */
    void share(UUID id, IncidentFacts facts) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO sitrep_incidents (id, title, severity, status, incident_json) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, severity = excluded.severity,
                    status = excluded.status, incident_json = excluded.incident_json
                WHERE (sitrep_incidents.title, sitrep_incidents.severity, sitrep_incidents.status,
                       sitrep_incidents.incident_json)
                    IS DISTINCT FROM (excluded.title, excluded.severity, excluded.status, excluded.incident_json)""")) {
            ps.setObject(1, id);
            ps.setString(2, facts.title());
            ps.setString(3, facts.severity());
            ps.setString(4, facts.status());
            ps.setString(5, facts.json());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.from(e, address);
        }
    }

    List<StoredJournal> journals(UUID incident) throws StoreException {
        List<StoredJournal> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, replica, local_name, lines FROM sitrep_journals WHERE incident_id = ? ORDER BY name")) {
            ps.setObject(1, incident);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredJournal(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw StoreException.from(e, address);
        }
    }

    /**
     * Registers a local journal file under {@code name} for this replica. Returns false when another
     * replica holds that name already (the caller then tries another name).
     */
    boolean claim(UUID incident, String name, UUID replica, String localName) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO sitrep_journals (incident_id, name, replica, local_name) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")) {
            ps.setObject(1, incident);
            ps.setString(2, name);
            ps.setObject(3, replica);
            ps.setString(4, localName);
            if (ps.executeUpdate() == 1) {
                return true;
            }
        } catch (SQLException e) {
            throw StoreException.from(e, address);
        }
        return journals(incident).stream().anyMatch(j -> j.name().equals(name) && j.replica().equals(replica)
                && j.localName().equals(localName));
    }

    /**
     * Appends lines {@code first .. first+lines.size()-1} of a journal in one transaction. Lines the store
     * already has are compared, never replaced: a different one is a {@link JournalConflict}.
     *
     * @return the journal's line count in the store afterwards
     */
    long push(UUID incident, String journal, long first, List<String> lines) throws StoreException, JournalConflict {
        return appends.push(incident, journal, first, lines);
    }

    /** Lines after {@code after}, in order, at most {@code limit}. */
    List<StoredLine> lines(UUID incident, String journal, long after, int limit) throws StoreException {
        List<StoredLine> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT line, content, digest FROM sitrep_records
                WHERE incident_id = ? AND journal = ? AND line > ? ORDER BY line LIMIT ?""")) {
            ps.setObject(1, incident);
            ps.setString(2, journal);
            ps.setLong(3, after);
            ps.setInt(4, limit);
            ps.setFetchSize(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredLine(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw StoreException.from(e, address);
        }
    }

    /** The digest of one stored line, or null when the store does not have it. */
    String digest(UUID incident, String journal, long line) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT digest FROM sitrep_records WHERE incident_id = ? AND journal = ? AND line = ?")) {
            ps.setObject(1, incident);
            ps.setString(2, journal);
            ps.setLong(3, line);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw StoreException.from(e, address);
        }
    }

    /** Cheap liveness check, so a broken connection is replaced before a cycle, not halfway through it. */
    boolean isValid() {
        try {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing a dead connection cannot fail in a way that matters.
        }
    }
}
