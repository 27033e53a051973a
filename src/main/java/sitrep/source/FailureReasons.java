package sitrep.source;

import sitrep.domain.LibraryText;
import com.google.gson.JsonParseException;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.OkHttpClient;
import sitrep.source.SourceError.Kind;

/**
 * Turns what went wrong into one line a responder can act on. Kept apart from {@link HttpFetcher} so the
 * wording lives in one place; every phrase here is asserted by a test.
 */
final class FailureReasons {

    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
            Map.entry(422, "Unprocessable Entity"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private static final int SNIPPET_BYTES = 8 * 1024;
    private static final int SNIPPET_CHARS = 160;

    private final String source;
    private final OkHttpClient client;

    FailureReasons(String source, OkHttpClient client) {
        this.source = source;
        this.client = client;
    }

    static String statusLine(int code) {
        String phrase = PHRASES.get(code);
        return phrase == null ? "HTTP " + code : "HTTP " + code + " " + phrase;
    }

    static String duration(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        String line = (nl < 0 ? t : t.substring(0, nl)).strip();
        return line.length() > SNIPPET_CHARS ? line.substring(0, SNIPPET_CHARS) + "..." : line;
    }

    private SourceError error(Kind kind, String detail, Throwable cause) {
        return new SourceError(source, kind, detail, null, cause);
    }

    /** OkHttp's call timeout ends a call with a bare "timeout" that is not a socket timeout. */
    private static boolean totalDeadline(IOException e) {
        return e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)
                && "timeout".equals(e.getMessage());
    }

    private SourceError deadline(Throwable cause) {
        return error(Kind.DEADLINE, "no complete answer within " + duration(client.callTimeoutMillis())
                + " (total deadline)", cause);
    }

    SourceError tooManyRedirects(int max) {
        return error(Kind.HTTP_STATUS, "more than " + max + " redirects; check the URL", null);
    }

    SourceError beforeHeaders(IOException e) {
        if (totalDeadline(e)) {
            return deadline(e);
        }
        UnknownHostException unknown = find(e, UnknownHostException.class);
        if (unknown != null) {
            String host = unknown.getMessage() == null ? "" : unknown.getMessage().split(":")[0].strip();
            return error(Kind.UNKNOWN_HOST, "unknown host '" + host + "' (DNS lookup failed)", e);
        }
        SocketTimeoutException timeout = find(e, SocketTimeoutException.class);
        if (timeout != null) {
            String msg = String.valueOf(timeout.getMessage()).toLowerCase(Locale.ROOT);
            if (msg.contains("connect")) {
                return error(Kind.CONNECT_TIMEOUT,
                        "connect timed out after " + duration(client.connectTimeoutMillis()), e);
            }
            return error(Kind.READ_TIMEOUT,
                    "no response within " + duration(client.readTimeoutMillis()) + " (read timeout)", e);
        }
        if (find(e, SSLHandshakeException.class) != null) {
            return error(Kind.TLS, "TLS handshake failed (" + firstLine(rootMessage(e))
                    + "); set a CA file for this source, or turn verification off explicitly", e);
        }
        if (find(e, SSLException.class) != null) {
            return error(Kind.TLS, "TLS failed: " + firstLine(rootMessage(e)), e);
        }
        ConnectException connect = find(e, ConnectException.class);
        if (connect != null && rootMessage(e).toLowerCase(Locale.ROOT).contains("refused")) {
            return error(Kind.CONNECTION_REFUSED, "connection refused", e);
        }
        if (e instanceof InterruptedIOException) {
            return error(Kind.IO, "request interrupted", e);
        }
        return error(Kind.IO, "cannot connect: " + firstLine(rootMessage(e)), e);
    }

    SourceError tooLarge(long cap) {
        return error(Kind.TOO_LARGE, "response body larger than the " + mib(cap) + " cap", null);
    }

    private static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    SourceError status(HttpAnswer answer) throws IOException {
        int code = answer.code();
        String line = statusLine(code);
        if (code == 401) {
            return error(Kind.AUTHENTICATION, line
                    + ": authentication failed; check the token or user and password in the settings", null);
        }
        if (code == 403) {
            return error(Kind.AUTHENTICATION, line + ": authentication failed (access denied); check the"
                    + " credentials and, for Mimir or Cortex, the X-Scope-OrgID header", null);
        }
        String text = answer.text(SNIPPET_BYTES);
        String trimmed = text.stripLeading();
        if (answer.mediaType().equals("text/html") || trimmed.startsWith("<")) {
            String title = htmlTitle(text);
            return error(Kind.PROXY_ERROR_PAGE, line + " with an HTML page, likely from a proxy or load balancer"
                    + (title.isEmpty() ? "" : " (\"" + title + "\")"), null);
        }
        if (trimmed.startsWith("\"") && trimmed.strip().endsWith("\"") && trimmed.strip().length() > 1) {
            // Alertmanager answers a bad request with a bare JSON string.
            String s = trimmed.strip();
            trimmed = s.substring(1, s.length() - 1).replace("\\\"", "\"");
        }
        String snippet = firstLine(trimmed);
        return error(Kind.HTTP_STATUS, snippet.isEmpty() ? line : line + ": " + snippet, null);
    }

    private static String htmlTitle(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int start = lower.indexOf("<title>");
        int end = lower.indexOf("</title>");
        if (start < 0 || end < start) {
            return "";
        }
        return firstLine(html.substring(start + "<title>".length(), end).replaceAll("\\s+", " "));
    }

    SourceError inBody(IOException e, long bytesRead, long declared) {
        CappedSource.TooLarge large = find(e, CappedSource.TooLarge.class);
        if (large != null) {
            return tooLarge(large.cap);
        }
        if (totalDeadline(e)) {
            return deadline(e);
        }
        if (find(e, SocketTimeoutException.class) != null) {
            return error(Kind.STALLED_BODY, "sent headers, then stalled: no data for "
                    + duration(client.readTimeoutMillis()) + " (read timeout) after " + bytesRead + " bytes", e);
        }
        MalformedJsonException malformed = find(e, MalformedJsonException.class);
        if (malformed != null) {
            String why = firstLine(LibraryText.plain(malformed.getMessage()));
            return error(Kind.MALFORMED_JSON, "malformed JSON" + (why.startsWith("at line") ? " " : ": ") + why, e);
        }
        if (e instanceof ProtocolException || find(e, ProtocolException.class) != null) {
            String of = declared >= 0 ? bytesRead + " of " + declared + " bytes" : bytesRead + " bytes";
            return error(Kind.TRUNCATED, "response body truncated: connection closed after " + of, e);
        }
        EOFException eof = find(e, EOFException.class);
        if (eof != null) {
            String msg = firstLine(eof.getMessage());
            return error(Kind.TRUNCATED, "response body truncated: JSON ends early"
                    + (msg.isEmpty() ? "" : " (" + msg + ")"), e);
        }
        return error(Kind.IO, "reading the response failed: " + firstLine(rootMessage(e)), e);
    }

    SourceError jsonLibrary(JsonParseException e, long bytesRead, long declared) {
        if (e.getCause() instanceof IOException io) {
            return inBody(io, bytesRead, declared);
        }
        return shape(e);
    }

    SourceError shape(RuntimeException e) {
        return error(Kind.WRONG_SHAPE, "unexpected JSON: " + firstLine(LibraryText.plain(e.getMessage())), e);
    }

    private static String rootMessage(Throwable t) {
        String msg = t.getMessage();
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                msg = c.getMessage();
            }
        }
        return msg == null ? t.getClass().getSimpleName() : msg;
    }

    private static <X extends Throwable> X find(Throwable t, Class<X> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            for (Throwable s : c.getSuppressed()) {
                if (type.isInstance(s)) {
                    return type.cast(s);
                }
            }
        }
        return null;
    }
}
