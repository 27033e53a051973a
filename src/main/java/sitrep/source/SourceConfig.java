package sitrep.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import sitrep.domain.SecretMask;
import sitrep.domain.SourceUrl;

/**
 * How to reach one source. Immutable; change it with the {@code with...} methods. {@link #toString()}
 * names header keys and the kind of authentication but never a token, password or header value, so a
 * config can be logged safely.
 *
 * @param headers extra request headers, for example {@code X-Scope-OrgID} for Mimir or Cortex
 * @param caFile PEM file with the certificates to trust instead of the system's, or null
 * @param insecure skip TLS certificate and host name checks (logged as a warning when used)
 * @param gzip ask for compressed responses; off by default because on loopback and LANs it is slower
 */
public record SourceConfig(SourceUrl url, Auth auth, Map<String, String> headers, Path caFile, boolean insecure,
                           boolean gzip, Duration interval) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    /** How the console proves who it is. */
    public sealed interface Auth {
    }

    public record NoAuth() implements Auth {
    }

    public record Bearer(String token) implements Auth {
        public Bearer {
            Objects.requireNonNull(token, "the bearer token");
            SecretMask.remember(token);
        }

        @Override
        public String toString() {
            return "Bearer[token=***]";
        }
    }

    public record Basic(String user, String password) implements Auth {
        public Basic {
            Objects.requireNonNull(user, "the user name");
            Objects.requireNonNull(password, "the password");
            SecretMask.rememberBasic(user, password);
        }

        @Override
        public String toString() {
            return "Basic[user=" + user + ", password=***]";
        }
    }

    public SourceConfig {
        Objects.requireNonNull(url);
        Objects.requireNonNull(auth);
        headers.values().forEach(SecretMask::remember);
        headers.forEach(SourceConfig::checkHeader);
        headers = Map.copyOf(headers);
        Objects.requireNonNull(interval);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive: " + interval);
        }
    }

    /** A header value is a secret (an API key): a message names the header, never quotes the value. */
    private static void checkHeader(String name, String value) {
        if (name == null || name.isBlank() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
            throw new IllegalArgumentException("a header name must be printable ASCII without spaces or ':'");
        }
        if (value == null) {
            throw new IllegalArgumentException("header '" + name + "' has no value");
        }
        if (!value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f))) {
            throw new IllegalArgumentException("the value of header '" + name
                    + "' contains a line break or control character");
        }
    }

    /** No authentication, system trust, no gzip, polled every five seconds. */
    public static SourceConfig of(SourceUrl url) {
        return new SourceConfig(url, new NoAuth(), Map.of(), null, false, false, DEFAULT_INTERVAL);
    }

    public SourceConfig withAuth(Auth newAuth) {
        return new SourceConfig(url, newAuth, headers, caFile, insecure, gzip, interval);
    }

    public SourceConfig withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new SourceConfig(url, auth, h, caFile, insecure, gzip, interval);
    }

    public SourceConfig withCaFile(Path file) {
        return new SourceConfig(url, auth, headers, file, insecure, gzip, interval);
    }

    public SourceConfig withInsecure(boolean skipVerification) {
        return new SourceConfig(url, auth, headers, caFile, skipVerification, gzip, interval);
    }

    public SourceConfig withGzip(boolean ask) {
        return new SourceConfig(url, auth, headers, caFile, insecure, ask, interval);
    }

    public SourceConfig withInterval(Duration every) {
        return new SourceConfig(url, auth, headers, caFile, insecure, gzip, every);
    }

    /** The name used in every reason and log line: the URL, which never holds credentials. */
    public String name() {
        return url.toString();
    }

    @Override
    public String toString() {
        return "SourceConfig[url=" + url + ", auth=" + auth + ", headers=" + headers.keySet()
                + ", caFile=" + caFile + ", insecure=" + insecure + ", gzip=" + gzip + ", interval=" + interval + "]";
    }
}
