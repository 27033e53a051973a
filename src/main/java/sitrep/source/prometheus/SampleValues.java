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
                double fast = plainDecimal(s);
                return Double.isNaN(fast) ? Double.parseDouble(s) : fast;
        }
    }

    /** Exact powers of ten: every one up to 10^22 is a double without rounding. */
    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * Clinger's fast path for the plain decimals Prometheus writes ("0.000231", "12", "-3.5"): with at most
     * 15 digits the mantissa and the power of ten are exact doubles, so one division is correctly rounded
     * and equals {@link Double#parseDouble}. Anything else (exponents, long digit strings) returns NaN so
     * the caller uses the general parser.
     */
    static double plainDecimal(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i >= n || n - i > 17) {
            return Double.NaN;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > 15 || scale == 0) {
            return Double.NaN;
        }
        double v = scale > 0 ? mantissa / POW10[scale] : mantissa;
        return negative ? -v : v;
    }

    /** Float seconds as the server wrote them ("1795564595.1") to epoch milliseconds, without a double. */
    static long millis(String seconds) {
        int dot = seconds.indexOf('.');
        if (dot < 0 && seconds.indexOf('e') < 0 && seconds.indexOf('E') < 0) {
            return Long.parseLong(seconds) * 1000;
        }
        if (dot < 0 || seconds.indexOf('e') >= 0 || seconds.indexOf('E') >= 0 || seconds.length() - dot > 10) {
            return millis(Double.parseDouble(seconds));
        }
        long whole = Long.parseLong(seconds, 0, dot, 10);
        long ms = 0;
        int taken = 0;
        for (int i = dot + 1; i < seconds.length() && taken < 3; i++, taken++) {
            char c = seconds.charAt(i);
            if (c < '0' || c > '9') {
                return millis(Double.parseDouble(seconds));
            }
            ms = ms * 10 + (c - '0');
        }
        for (; taken < 3; taken++) {
            ms *= 10;
        }
        // Round half up on the fourth decimal, as Math.round on the double would.
        if (dot + 4 < seconds.length() && seconds.charAt(dot + 4) >= '5') {
            ms++;
        }
        return whole * 1000 + (whole < 0 ? -ms : ms);
    }

    /** Float seconds (millisecond precision on the wire) to epoch milliseconds. */
    static long millis(double seconds) {
        return Math.round(seconds * 1000.0);
    }
}
