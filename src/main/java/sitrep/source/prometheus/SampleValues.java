package sitrep.source.prometheus;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/** Prometheus' string sample values. Its Go formatting writes infinities as "+Inf"/"-Inf", not Java's. */
final class SampleValues {

    private SampleValues() {
    }

    static double parse(String s) {
        // The decimal path first: it rejects "NaN" and "+Inf" at their first letter, and a switch on the
        // string would hash every one of the hundreds of thousands of values in a range answer.
        double fast = plainDecimal(s);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        if (s.equals("NaN")) {
            return Double.NaN;
        }
        if (s.equals("+Inf") || s.equals("Inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (s.equals("-Inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        // Computed values mostly carry 16 or 17 digits, beyond the fast path; Double.parseDouble's
        // big-number fallback was a fifth of a range answer's decode time. Same double, bit for bit.
        return JavaDoubleParser.parseDouble(s);
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
     * Clinger's fast path for the decimals Prometheus writes: Go's {@code 'f'} format ("0.000231", "12",
     * "-3.5") and, below 1e-6 or from 1e21, its {@code 'e'} format ("1.5e-07"). With at most 15 digits the
     * mantissa is an exact double, and so is a power of ten up to 10^22: one division or multiplication of
     * two exact doubles is correctly rounded, so the result equals {@link Double#parseDouble} bit for bit.
     * Anything else (long digit strings, large exponents, odd forms) returns NaN so the caller uses the
     * general parser.
     */
    static double plainDecimal(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i >= n || n - i > 24) {
            return Double.NaN;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = -1;
        int exponent = 0;
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
            } else if ((c == 'e' || c == 'E') && digits > 0) {
                exponent = exponent(s, i + 1);
                if (exponent == NO_EXPONENT) {
                    return Double.NaN;
                }
                break;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > 15 || scale == 0) {
            return Double.NaN;
        }
        int power = exponent - Math.max(scale, 0);
        double v;
        if (power >= 0 && power < POW10.length) {
            v = mantissa * POW10[power];
        } else if (power < 0 && -power < POW10.length) {
            v = mantissa / POW10[-power];
        } else {
            return Double.NaN;
        }
        return negative ? -v : v;
    }

    private static final int NO_EXPONENT = Integer.MIN_VALUE;

    /** The exponent after 'e': an optional sign and one to three digits, up to the end of the string. */
    private static int exponent(String s, int from) {
        int n = s.length();
        int i = from;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i >= n || n - i > 3) {
            return NO_EXPONENT;
        }
        int e = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return NO_EXPONENT;
            }
            e = e * 10 + (c - '0');
        }
        return negative ? -e : e;
    }

    /** Float seconds as the server wrote them ("1795564595.1") to epoch milliseconds, without a double. */
    static long millis(String seconds) {
        int n = seconds.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && seconds.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        // Up to 15 whole digits: far beyond any epoch second, and whole * 1000 cannot overflow.
        long whole = 0;
        int start = i;
        for (; i < n && i - start <= 15; i++) {
            char c = seconds.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            whole = whole * 10 + (c - '0');
        }
        if (i == start || i - start > 15) {
            return millis(Double.parseDouble(seconds));
        }
        long ms = 0;
        if (i < n) {
            if (seconds.charAt(i) != '.' || n - i > 10) {
                return millis(Double.parseDouble(seconds));
            }
            int dot = i;
            for (i = dot + 1; i < n; i++) {
                char c = seconds.charAt(i);
                if (c < '0' || c > '9') {
                    return millis(Double.parseDouble(seconds));
                }
                if (i - dot <= 3) {
                    ms = ms * 10 + (c - '0');
                }
            }
            for (int taken = Math.min(n - dot - 1, 3); taken < 3; taken++) {
                ms *= 10;
            }
            // Round half up on the fourth decimal, as Math.round on the double would for a positive time.
            if (dot + 4 < n && seconds.charAt(dot + 4) >= '5') {
                ms++;
            }
            if (negative && ms != 0) {
                // Math.round rounds half towards positive infinity: -0.0005 s is 0 ms, not -1.
                return millis(Double.parseDouble(seconds));
            }
        }
        long total = whole * 1000 + ms;
        return negative ? -total : total;
    }

    /** Float seconds (millisecond precision on the wire) to epoch milliseconds. */
    static long millis(double seconds) {
        return Math.round(seconds * 1000.0);
    }
}
