package sitrep.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one secret masker of the process. Every secret Sitrep learns (a token, password or header value from
 * the settings, credentials typed into a URL) is {@linkplain #remember remembered} where it enters, and
 * every output boundary (command output, errors, log lines, exports, the journal, evidence) passes its text
 * through {@link #mask}, so a server that echoes the token, or a message that quotes a bad value, cannot
 * leak it. Credentials written into a URL ({@code scheme://user:pass@host}) are masked even when unknown.
 */
public final class SecretMask {

    /** What a secret is replaced with. */
    public static final String MASK = "***";

    /** Shorter values (a one-letter password) would mask ordinary text; they are still never printed alone. */
    private static final int MIN_LENGTH = 3;

    /** Compiled on first use only: most text has no '@', and start-up should not pay for the pattern. */
    private static final class UrlCredentials {
        // scheme://userinfo@ : everything between "//" and the last '@' before the path is credentials.
        static final Pattern PATTERN = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*:)?//[^/?#\\s'\"<>]*@");
    }

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static volatile List<String> longestFirst = List.of();

    private SecretMask() {
    }

    /** Remembers secrets for the rest of the process; null and blank values are ignored. */
    public static void remember(String... secrets) {
        boolean added = false;
        for (String s : secrets) {
            if (s == null || s.isBlank()) {
                continue;
            }
            added |= KNOWN.add(s);
            // The value whole and each of its lines (an error may quote only part of it), each also in the
            // forms it takes in a URL or a form body.
            List<String> parts = new ArrayList<>(List.of(s.strip()));
            parts.addAll(List.of(s.strip().split("[\\r\\n]+")));
            for (String part : parts) {
                String p = part.strip();
                if (p.length() >= MIN_LENGTH) {
                    String encoded = URLEncoder.encode(p, StandardCharsets.UTF_8);
                    added |= KNOWN.add(p);
                    added |= KNOWN.add(encoded);
                    added |= KNOWN.add(encoded.replace("+", "%20"));
                }
            }
        }
        if (added) {
            longestFirst = KNOWN.stream().filter(k -> k.length() >= MIN_LENGTH)
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }
    }

    /** The text with every known secret and every URL's credentials replaced by {@value #MASK}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = maskUrlCredentials(text);
        for (String secret : longestFirst) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }

    /** Only the credentials part of any URL in the text, for text that may quote a URL as typed. */
    public static String maskUrlCredentials(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        return UrlCredentials.PATTERN.matcher(text).replaceAll(m -> {
            String scheme = m.group(1) == null ? "" : m.group(1);
            return Matcher.quoteReplacement(scheme + "//" + MASK + "@");
        });
    }
}
