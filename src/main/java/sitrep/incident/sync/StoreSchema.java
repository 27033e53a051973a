package sitrep.incident.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's tables, created by Sitrep on first use and versioned in {@code sitrep_schema}. Plain SQL with
 * no extension, so any PostgreSQL 12+ or PostgreSQL-compatible database serves. Every table is prefixed
 * {@code sitrep_} so the store can live in a database that holds other things.
 *
 * <p>Invariant kept by {@link TeamStore#push}: for every journal, the records present are exactly lines
 * 1..{@code sitrep_journals.lines}, inserted in the same transaction that raises {@code lines}.
 */
final class StoreSchema {

    static final int VERSION = 1;
    /** Any constant: serialises the creation when two Sitreps meet an empty database at once. */
    private static final long CREATE_LOCK = 0x5175_7265_7031L;

    private static final String[] V1 = {
        """
        CREATE TABLE sitrep_incidents (
            id uuid PRIMARY KEY,
            title text NOT NULL,
            severity text,
            status text,
            incident_json text NOT NULL,
            shared_at timestamptz NOT NULL DEFAULT now(),
            last_activity timestamptz NOT NULL DEFAULT now())""",
        """
        CREATE TABLE sitrep_journals (
            incident_id uuid NOT NULL REFERENCES sitrep_incidents (id),
            name text NOT NULL,
            replica uuid NOT NULL,
            local_name text NOT NULL,
            lines bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (incident_id, name),
            UNIQUE (incident_id, replica, local_name))""",
        """
        CREATE TABLE sitrep_records (
            incident_id uuid NOT NULL,
            journal text NOT NULL,
            line bigint NOT NULL,
            content text NOT NULL,
            digest text NOT NULL,
            pushed_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (incident_id, journal, line),
            FOREIGN KEY (incident_id, journal) REFERENCES sitrep_journals (incident_id, name))""",
    };

    private StoreSchema() {
    }

    /** Creates the tables when missing; refuses a schema newer than this Sitrep knows. */
    static void ensure(Connection c, StoreAddress address) throws StoreException, SQLException {
        Integer version = currentVersion(c);
        if (version != null && version == VERSION) {
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + CREATE_LOCK + ")");
            st.execute("CREATE TABLE IF NOT EXISTS sitrep_schema (version integer NOT NULL)");
            Integer now;
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM sitrep_schema")) {
                rs.next();
                int v = rs.getInt(1);
                now = rs.wasNull() ? null : v;
            }
            if (now == null) {
                for (String ddl : V1) {
                    st.execute(ddl);
                }
                st.execute("INSERT INTO sitrep_schema (version) VALUES (" + VERSION + ")");
                now = VERSION;
            }
            c.commit();
            if (now > VERSION) {
                throw new StoreException("the store at " + address + " has schema version " + now
                        + ", newer than this Sitrep reads (" + VERSION + "); update Sitrep", false);
            }
        } catch (SQLException | StoreException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static Integer currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('sitrep_schema') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return null;
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(version) FROM sitrep_schema")) {
            rs.next();
            int v = rs.getInt(1);
            return rs.wasNull() ? null : v;
        }
    }
}
