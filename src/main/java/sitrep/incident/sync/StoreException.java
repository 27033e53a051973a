package sitrep.incident.sync;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * A store operation that failed, with one line for people ({@link #getMessage()}: never a password, never a
 * driver class name) and whether it means "unreachable" (retry later by itself) or a refusal that needs a
 * person (wrong password, newer schema, a conflicting record).
 */
public final class StoreException extends Exception {

    private final boolean unreachable;

    public StoreException(String message, boolean unreachable) {
        super(message);
        this.unreachable = unreachable;
    }

    private StoreException(String message, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** True when the store could not be reached or the connection broke: nothing to fix but to wait. */
    public boolean unreachable() {
        return unreachable;
    }

    /** Translates a driver failure into one line. */
    static StoreException from(SQLException e, StoreAddress address) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new StoreException("connection refused", true, e);
            }
            if (t instanceof UnknownHostException) {
                return new StoreException("unknown host " + address.host(), true, e);
            }
            if (t instanceof NoRouteToHostException) {
                return new StoreException("no route to host " + address.host(), true, e);
            }
            if (t instanceof SocketTimeoutException) {
                return new StoreException("timed out", true, e);
            }
            if (t instanceof SSLException ssl) {
                return new StoreException("TLS failed: " + tlsReason(ssl.getMessage(), address), false, e);
            }
        }
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (text.contains("could not be verified by hostnameverifier")) {
            return new StoreException("TLS failed: the server's certificate does not name host " + address.host(),
                    false, e);
        }
        if (text.contains("SSL root certificate file") || text.contains("sslrootcert")) {
            return new StoreException("TLS failed: cannot read the CA file " + address.params().get("sslrootcert"),
                    false, e);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = firstLine(e.getMessage());
        return switch (state) {
            case "28P01" -> new StoreException("password authentication failed for user " + address.user(), false, e);
            case "28000" -> new StoreException("the store refused user " + address.user() + ": " + message, false, e);
            case "3D000" -> new StoreException("database " + address.database() + " does not exist", false, e);
            case "42501" -> new StoreException("permission denied: " + message, false, e);
            case "57P01", "57P02", "57P03" -> new StoreException("the store is shutting down or starting", true, e);
            default -> state.startsWith("08") ? new StoreException(connectionMessage(message), true, e)
                    : new StoreException(message, false, e);
        };
    }

    private static String tlsReason(String message, StoreAddress address) {
        String m = message == null ? "" : message;
        if (m.contains("PKIX") || m.contains("certification path")) {
            return "the server's certificate is not signed by the CA in the CA file";
        }
        if (m.contains("expired") || m.contains("NotAfter")) {
            return "the server's certificate has expired";
        }
        if (m.contains("No subject alternative") || m.contains("hostname")) {
            return "the server's certificate does not name host " + address.host();
        }
        // Keep the words, drop any Java class name the TLS stack puts in front of them.
        return firstLine(m).replaceAll("(?:[a-z]+\\.)+[A-Z]\\w+(?:Exception|Error):\\s*", "");
    }

    private static String connectionMessage(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("attempted reconnect") || m.contains("i/o error") || m.contains("connection has been closed")
                || m.contains("eof")) {
            return "connection lost";
        }
        if (m.contains("does not support ssl")) {
            return "the store does not offer TLS, which sslmode requires";
        }
        return message;
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
