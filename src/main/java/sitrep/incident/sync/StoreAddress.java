package sitrep.incident.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the team store is, written as libpq writes it:
 * {@code postgresql://user@host:port/db?sslmode=verify-full&sslrootcert=FILE}. It never holds a password:
 * a URL is shown in process lists and settings, so a password in it is refused (see {@link StorePassword}).
 *
 * @param user   the role; never null
 * @param params the libpq query parameters that were given (only those listed in {@link #KNOWN} are accepted)
 */
public record StoreAddress(String user, String host, int port, String database, Map<String, String> params) {

    public static final int DEFAULT_PORT = 5432;
    /** libpq parameters Sitrep passes on; anything else is refused rather than silently ignored. */
    private static final Set<String> KNOWN = Set.of("sslmode", "sslrootcert", "connect_timeout", "application_name");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    public StoreAddress {
        // Insertion order kept: the address is shown as the user wrote it.
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * Reads a libpq URL.
     *
     * @throws IllegalArgumentException with one line saying what is wrong (never echoing a password)
     */
    public static StoreAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no store URL given (postgresql://user@host:port/database)");
        }
        String s = text.strip();
        if (!s.startsWith("postgresql://") && !s.startsWith("postgres://")) {
            throw new IllegalArgumentException("the store URL must start with postgresql:// "
                    + "(postgresql://user@host:port/database?sslmode=verify-full&sslrootcert=FILE)");
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the store URL is malformed: " + e.getReason());
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new IllegalArgumentException("the store URL must not contain a password; put it in the settings, "
                    + "PGPASSWORD or ~/.pgpass");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("the store URL names no host (postgresql://user@HOST/database)");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isEmpty() || path.contains("/")) {
            throw new IllegalArgumentException("the store URL names no database (postgresql://user@host/DATABASE)");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equals("password")) {
                    throw new IllegalArgumentException("the store URL must not contain a password; put it in the "
                            + "settings, PGPASSWORD or ~/.pgpass");
                }
                if (!KNOWN.contains(key)) {
                    throw new IllegalArgumentException("the store URL has an unsupported parameter '" + key
                            + "' (supported: sslmode, sslrootcert, connect_timeout, application_name)");
                }
                params.put(key, value);
            }
        }
        String mode = params.get("sslmode");
        if (mode != null && !SSL_MODES.contains(mode.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown sslmode '" + mode + "' (disable, require, verify-ca, verify-full ...)");
        }
        if (uri.getPort() > 65535) {
            throw new IllegalArgumentException("the store URL has a bad port " + uri.getPort() + " (1-65535)");
        }
        return new StoreAddress(userInfo == null ? "" : decode(userInfo), uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                decode(path), params);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /**
     * Fills what the URL left out: the user (else the settings', else this system user's, as libpq does)
     * and the CA file (given one, certificates are verified: sslmode verify-full unless the URL says otherwise).
     */
    public StoreAddress withDefaults(String settingsUser, String caFile) {
        String u = !user.isEmpty() ? user : settingsUser != null && !settingsUser.isBlank() ? settingsUser.strip()
                : System.getProperty("user.name", "postgres");
        Map<String, String> p = new LinkedHashMap<>(params);
        if (caFile != null && !caFile.isBlank() && !p.containsKey("sslrootcert")) {
            p.put("sslrootcert", caFile.strip());
            p.putIfAbsent("sslmode", "verify-full");
        }
        return new StoreAddress(u, host, port, database, p);
    }

    /** The JDBC URL: host, port and database only; everything else goes in {@link #properties}. */
    public String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /** Driver properties for this address and password (the password is never part of a URL or a message). */
    Properties properties(String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("sslmode", params.getOrDefault("sslmode", "prefer"));
        if (params.containsKey("sslrootcert")) {
            p.setProperty("sslrootcert", params.get("sslrootcert"));
        }
        p.setProperty("connectTimeout", params.getOrDefault("connect_timeout", "5"));
        // A partition that silently drops packets must surface as an error within seconds, not hang a cycle.
        p.setProperty("socketTimeout", "10");
        p.setProperty("loginTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", params.getOrDefault("application_name", "sitrep"));
        return p;
    }

    /** The URL as the user wrote it (it holds no secret). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("postgresql://").append(user).append('@')
                .append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/').append(database);
        String sep = "?";
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return sb.toString();
    }
}
