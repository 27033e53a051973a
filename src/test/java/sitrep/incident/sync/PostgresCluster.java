package sitrep.incident.sync;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's PostgreSQL started for a test suite in a temporary folder on a free loopback port, as the
 * non-root {@code postgres} user (the server refuses root), with SCRAM password authentication. Each test
 * gets its own database and role via {@link #newDatabase()}. Stopped by its pid file, never by name.
 * Without the package the suite is skipped naming it, except under CI=true, where that is a failure.
 */
public final class PostgresCluster implements AutoCloseable {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path root;
    private final String superPassword = "su-" + UUID.randomUUID();
    private int port;

    private PostgresCluster(Path root) {
        this.root = root;
    }

    /** initdb and start; about two seconds. */
    public static PostgresCluster start() throws Exception {
        if (!Files.isExecutable(BIN.resolve("initdb"))) {
            String why = "PostgreSQL 15 is not installed (apt-get install postgresql)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        Path root = Files.createTempDirectory("sitrep-pg");
        PostgresCluster c = new PostgresCluster(root);
        try {
            c.init();
            c.port = freePort();
            c.startServer();
        } catch (Exception | Error e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void init() throws Exception {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path run = Files.createDirectories(root.resolve("run"));
        Path pw = root.resolve("pw");
        Files.writeString(pw, superPassword + "\n");
        asPostgres("chown", "postgres", root.toString(), run.toString(), pw.toString());
        asPostgres("runuser", "-u", "postgres", "--", BIN.resolve("initdb").toString(), "-D", root.resolve("data").toString(),
                "-U", "postgres", "--auth=scram-sha-256", "--pwfile=" + pw, "-E", "UTF8", "--locale=C.UTF-8", "-N");
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a command (via runuser when this JVM is root) and waits for it; its output goes to a log file. */
    private void asPostgres(String... cmd) throws Exception {
        List<String> command = new ArrayList<>(List.of(cmd));
        if (!root() && command.get(0).equals("runuser")) {
            command = command.subList(4, command.size());
        }
        if (!root() && command.get(0).equals("chown")) {
            return;
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("commands.log").toFile())).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " failed; see " + root.resolve("commands.log") + ": "
                    + tail(root.resolve("commands.log")) + tail(root.resolve("server.log")));
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private void startServer() throws Exception {
        asPostgres("runuser", "-u", "postgres", "--", BIN.resolve("pg_ctl").toString(), "-D", root.resolve("data").toString(),
                "-l", root.resolve("server.log").toString(), "-w", "-t", "30", "-o",
                "-p " + port + " -k " + root.resolve("run") + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c max_connections=200", "start");
    }

    /** Stops the server (fast shutdown) so a test can see the store unreachable; {@link #resume()} restarts it. */
    public void stop() throws Exception {
        asPostgres("runuser", "-u", "postgres", "--", BIN.resolve("pg_ctl").toString(), "-D", root.resolve("data").toString(),
                "-m", "fast", "-w", "-t", "30", "stop");
    }

    /** Starts the server again on the same port. */
    public void resume() throws Exception {
        startServer();
    }

    /**
     * Turns TLS on with this certificate and key (copied in, owned by postgres, mode 0600 as the server
     * requires) and reloads the configuration.
     */
    public void enableTls(Path certificate, Path key) throws Exception {
        Path cert = root.resolve("server.crt");
        Path k = root.resolve("server.key");
        Files.copy(certificate, cert);
        Files.copy(key, k);
        Files.setPosixFilePermissions(k, PosixFilePermissions.fromString("rw-------"));
        asPostgres("chown", "postgres", cert.toString(), k.toString());
        try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("ALTER SYSTEM SET ssl_cert_file = '" + cert + "'");
            st.execute("ALTER SYSTEM SET ssl_key_file = '" + k + "'");
            st.execute("ALTER SYSTEM SET ssl = on");
            st.execute("SELECT pg_reload_conf()");
        }
        Thread.sleep(500);
    }

    public int port() {
        return port;
    }

    /** A new database owned by a new role with a password, as the README tells an administrator to set up. */
    public Database newDatabase() throws SQLException {
        int n = DATABASES.incrementAndGet();
        String name = "sitrep" + n;
        String role = "responder" + n;
        String password = "pw-" + UUID.randomUUID();
        try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            st.execute("CREATE DATABASE " + name + " OWNER " + role);
            st.execute("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
        }
        return new Database(this, name, role, password);
    }

    /** A superuser connection to {@code database}, for tests that tamper with the store behind Sitrep's back. */
    public Connection superuser(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", superPassword);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    /** One test's database: its libpq URL (no password) and the password to give through PGPASSWORD. */
    public record Database(PostgresCluster cluster, String name, String user, String password) {

        public String url() {
            return "postgresql://" + user + "@127.0.0.1:" + cluster.port() + "/" + name;
        }

        /** The URL for a given port (a test proxy in front of the server). */
        public String urlVia(int port) {
            return "postgresql://" + user + "@127.0.0.1:" + port + "/" + name;
        }

        public StoreAccess access() {
            return StoreAccess.resolve(url(), null, password, null, java.util.Map.of());
        }

        public StoreAccess accessVia(int port) {
            return StoreAccess.resolve(urlVia(port), null, password, null, java.util.Map.of());
        }

        public Connection superuser() throws SQLException {
            return cluster.superuser(name);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        Path pid = root.resolve("data").resolve("postmaster.pid");
        if (Files.isRegularFile(pid)) {
            try {
                stop();
            } catch (Exception | AssertionError e) {
                long p = Long.parseLong(Files.readAllLines(pid).get(0).strip());
                ProcessHandle.of(p).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
