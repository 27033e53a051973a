package sitrep.incident.command;

import java.util.Locale;

/**
 * SEV1 (worst) to SEV5. The one-line definitions are the defaults most incident programmes use; the
 * settings may word them differently, the levels themselves are fixed.
 */
public enum Severity {
    SEV1("Critical: a core service is down or data is being lost for many customers"),
    SEV2("Major: a core function is badly degraded or down for a significant share of customers"),
    SEV3("Minor: a non-core function is down, or a core one is degraded with a workaround"),
    SEV4("Low: small customer impact, cosmetic or internal-only problems"),
    SEV5("Informational: no customer impact, tracked for learning");

    private final String defaultDefinition;

    Severity(String defaultDefinition) {
        this.defaultDefinition = defaultDefinition;
    }

    public String defaultDefinition() {
        return defaultDefinition;
    }

    /** 1 for SEV1: lower is worse. */
    public int level() {
        return ordinal() + 1;
    }

    /**
     * Reads SEV1, sev1, 1, S1 and P1-style spellings.
     *
     * @throws IllegalArgumentException naming the culprit and the accepted levels
     */
    public static Severity parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        String digits = t.startsWith("SEV") ? t.substring(3) : t.startsWith("S") ? t.substring(1) : t;
        if (digits.length() == 1 && digits.charAt(0) >= '1' && digits.charAt(0) <= '5') {
            return values()[digits.charAt(0) - '1'];
        }
        throw new IllegalArgumentException("unknown severity '" + text + "'; use SEV1, SEV2, SEV3, SEV4 or SEV5");
    }
}
