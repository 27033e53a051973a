package sitrep.domain;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
        // scheme://userinfo@ : everything between "//" and the last '@' before the path is credentials. Matched
        // from the "//" on, never from a scheme: an optional scheme tried at every letter of a long word made
        // the match quadratic (a 40 KB word took 20 s), and the scheme is kept as it is anyway. Linear: a try
        // fails at once without "//", and a userinfo run stops at the next '/', where the next try starts.
        static final Pattern PATTERN = Pattern.compile("//[^/?#\\s'\"<>]*@");
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

    /**
     * Remembers a user name and password sent as HTTP basic authentication: the password, and the header's
     * Base64 of {@code user:password}, which a server echoing the header would otherwise show (and which decodes
     * straight to the password).
     */
    public static void rememberBasic(String user, String password) {
        if (password == null || password.isEmpty()) {
            return;
        }
        remember(password, Base64.getEncoder().encodeToString(
                ((user == null ? "" : user) + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Remembers the credentials written into a URL ({@code scheme://user:password@host}), as typed and decoded:
     * the password, and {@code user:password} whole. A user name alone is not a secret: remembered, it was masked
     * inside every word that held it ("sitrep" as the store's user turned "checked the sitrep db" into "checked the
     * *** db" in a journaled note, and "banana" into "b***na" for the user "ana"). Only a user part that looks like
     * a token ({@code https://ghp_x1y2...@host}, as some services take one) is remembered.
     */
    public static void rememberUrlCredentials(String url) {
        if (url == null || url.indexOf('@') < 0) {
            return;
        }
        Matcher m = UrlCredentials.PATTERN.matcher(url);
        while (m.find()) {
            String userInfo = url.substring(m.start() + 2, m.end() - 1);
            int colon = userInfo.indexOf(':');
            if (colon >= 0 && colon + 1 < userInfo.length()) {
                String password = userInfo.substring(colon + 1);
                remember(userInfo, password, decoded(password));
            } else if (colon < 0 && looksLikeToken(userInfo)) {
                remember(userInfo, decoded(userInfo));
            }
        }
    }

    /** At least 20 characters of letters and digits (and - _ . ~), with both: no person's user name is. */
    static boolean looksLikeToken(String s) {
        return s.length() >= 20 && s.matches("[A-Za-z0-9._~%-]+") && s.chars().anyMatch(Character::isDigit)
                && s.chars().anyMatch(Character::isLetter);
    }

    private static String decoded(String s) {
        try {
            return s == null ? null : URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
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
        return UrlCredentials.PATTERN.matcher(text).replaceAll(Matcher.quoteReplacement("//" + MASK + "@"));
    }
}
