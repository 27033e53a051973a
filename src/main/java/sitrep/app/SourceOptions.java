package sitrep.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import sitrep.domain.SourceUrl;
import sitrep.source.SourceConfig;

/**
 * How to reach one source, as saved in the settings under its URL: credentials, extra headers (for example
 * {@code X-Scope-OrgID} for Mimir), a CA file, whether to skip TLS checks, gzip and the poll interval.
 * Only the 0600 settings file holds the secrets; {@link SourceConfig#toString()} never shows them.
 */
public record SourceOptions(String bearerToken, String username, String password, Map<String, String> headers,
                            String caFile, Boolean insecureSkipVerify, Boolean gzip, Integer intervalSeconds) {

    /** The saved options applied to a URL; a URL without saved options gets the defaults. */
    static SourceConfig configFor(SourceUrl url, Map<String, SourceOptions> saved) {
        SourceConfig config = SourceConfig.of(url);
        SourceOptions o = saved == null ? null : saved.get(url.toString());
        if (o == null) {
            return config;
        }
        if (o.bearerToken() != null && !o.bearerToken().isBlank()) {
            config = config.withAuth(new SourceConfig.Bearer(o.bearerToken()));
        } else if (o.username() != null && !o.username().isBlank()) {
            config = config.withAuth(new SourceConfig.Basic(o.username(), o.password() == null ? "" : o.password()));
        }
        if (o.headers() != null) {
            for (Map.Entry<String, String> h : o.headers().entrySet()) {
                config = config.withHeader(h.getKey(), h.getValue());
            }
        }
        if (o.caFile() != null && !o.caFile().isBlank()) {
            config = config.withCaFile(Path.of(o.caFile()));
        }
        if (Boolean.TRUE.equals(o.insecureSkipVerify())) {
            config = config.withInsecure(true);
        }
        if (Boolean.TRUE.equals(o.gzip())) {
            config = config.withGzip(true);
        }
        if (o.intervalSeconds() != null && o.intervalSeconds() > 0) {
            config = config.withInterval(Duration.ofSeconds(o.intervalSeconds()));
        }
        return config;
    }
}
