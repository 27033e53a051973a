package sitrep.source;

import java.util.Objects;
import java.util.regex.Pattern;
import sitrep.domain.SecretMask;

/**
 * Why a source could not be read, as one line that names the source: "http://prom:9090: connection
 * refused (127.0.0.1:9090)". The UI shows {@link #reason()} verbatim; {@link #kind()} lets code react
 * (for example, a hint next to an authentication failure). Never carries a token or password.
 */
public final class SourceError extends Exception {

    public enum Kind {
        CONNECTION_REFUSED, UNKNOWN_HOST, CONNECT_TIMEOUT, READ_TIMEOUT, STALLED_BODY, TRUNCATED, TOO_LARGE,
        TLS, HTTP_STATUS, PROXY_ERROR_PAGE, AUTHENTICATION, MALFORMED_JSON, WRONG_SHAPE, API_ERROR, IO,
        /** The whole call (connect, headers, body) took longer than the client's total deadline. */
        DEADLINE
    }

    private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");

    private final String source;
    private final Kind kind;
    private final String detail;
    private final String apiErrorType;

    public SourceError(String source, Kind kind, String detail) {
        this(source, kind, detail, null, null);
    }

    public SourceError(String source, Kind kind, String detail, String apiErrorType, Throwable cause) {
        // Whatever the detail quotes (a server body, a typed value), known secrets never leave in it.
        // One line: a server's message may hold line breaks (a Prometheus parse error quoting the query did).
        super(oneLine(SecretMask.mask(source + ": " + detail)), cause, false, false);
        this.source = Objects.requireNonNull(source);
        this.kind = Objects.requireNonNull(kind);
        this.detail = oneLine(SecretMask.mask(Objects.requireNonNull(detail)));
        this.apiErrorType = apiErrorType;
    }

    /** Every run of line breaks (\n, \r, NEL, the Unicode line and paragraph separators, ...) as one space. */
    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ");
    }

    /** The one line for people: the source, a colon, what went wrong. */
    public String reason() {
        return getMessage();
    }

    public String source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    /** The reason without the source name, for a tile that already shows the source. */
    public String detail() {
        return detail;
    }

    /** Prometheus' {@code errorType} (bad_data, timeout, execution ...) for API errors, else null. */
    public String apiErrorType() {
        return apiErrorType;
    }
}
