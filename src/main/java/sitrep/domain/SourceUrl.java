package sitrep.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address of a data source as the user typed it, checked once at the edge (command line, settings
 * dialog) so that everything behind it can rely on an absolute http(s) URL with a host.
 */
public record SourceUrl(URI uri) {

    public SourceUrl {
        if (uri == null) {
            throw new IllegalArgumentException("a source URL is required");
        }
    }

    /**
     * Parses a user-typed URL.
     *
     * @throws IllegalArgumentException with a message that quotes the culprit and says what is wrong
     */
    public static SourceUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an empty string is not a URL");
        }
        String trimmed = text.strip();
        // A message quotes what was typed, but never the credentials someone put in it.
        String shown = trimmed;
        if (trimmed.indexOf('@') >= 0) {
            shown = SecretMask.maskUrlCredentials(trimmed);
            SecretMask.rememberUrlCredentials(trimmed);
        }
        shown = TerminalText.escape(shown);
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + shown + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(
                    "'" + shown + "' is not an http:// or https:// URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("'" + shown + "' has no host name");
        }
        String authority = uri.getRawAuthority();
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (uri.getPort() == 0 || uri.getPort() > 65535 || (uri.getPort() < 0 && hostPort.endsWith(":"))) {
            throw new IllegalArgumentException("'" + shown + "' has a bad port: use a number from 1 to 65535");
        }
        if (uri.getUserInfo() != null) {
            // Credentials in a URL end up in logs and window titles; they belong in the settings file.
            throw new IllegalArgumentException(
                    "'" + uri.getHost() + "': put credentials in the settings, not in the URL");
        }
        return new SourceUrl(uri);
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
