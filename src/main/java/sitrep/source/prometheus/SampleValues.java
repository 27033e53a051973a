package sitrep.source.prometheus;

/** Prometheus' string sample values. Its Go formatting writes infinities as "+Inf"/"-Inf", not Java's. */
final class SampleValues {

    private SampleValues() {
    }

    static double parse(String s) {
        switch (s) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                // The common values ("0", "1") skip the general parser.
                if (s.length() == 1) {
                    char c = s.charAt(0);
                    if (c >= '0' && c <= '9') {
                        return c - '0';
                    }
                }
                return Double.parseDouble(s);
        }
    }

    /** Float seconds (millisecond precision on the wire) to epoch milliseconds. */
    static long millis(double seconds) {
        return Math.round(seconds * 1000.0);
    }
}
