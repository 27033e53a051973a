package sitrep.panels.grafana;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Grafana's interval arithmetic: its duration strings, and the rounding that picks {@code $__interval}. */
final class GrafanaDurations {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d|w|y)");

    private GrafanaDurations() {
    }

    /** "30s", "1m", "1h30m", "500ms"; a bare number is seconds. Null when not a duration. */
    static Duration parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith(">")) {
            s = s.substring(1);
        }
        if (s.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(s));
        }
        Matcher m = PART.matcher(s);
        long ms = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                return null;
            }
            double n = Double.parseDouble(m.group(1));
            ms += (long) (n * switch (m.group(2)) {
                case "ms" -> 1;
                case "s" -> 1000;
                case "m" -> 60_000;
                case "h" -> 3_600_000;
                case "d" -> 86_400_000;
                case "w" -> 604_800_000;
                default -> 31_536_000_000L;
            });
            end = m.end();
        }
        return end == 0 || end != s.length() ? null : Duration.ofMillis(ms);
    }

    /**
     * A Prometheus duration for a number of milliseconds: the largest unit that divides it ("1m", "90s",
     * "2h", "500ms"), so that it reads as Grafana writes it and Prometheus accepts it.
     */
    static String format(long ms) {
        if (ms <= 0) {
            return "0s";
        }
        long[] units = {31_536_000_000L, 604_800_000L, 86_400_000L, 3_600_000L, 60_000L, 1000L, 1L};
        String[] names = {"y", "w", "d", "h", "m", "s", "ms"};
        for (int i = 0; i < units.length; i++) {
            if (ms % units[i] == 0) {
                return ms / units[i] + names[i];
            }
        }
        return ms + "ms";
    }

    /** Grafana's {@code roundInterval}: a computed interval snapped to the nearest friendly one. */
    static long round(long ms) {
        long[][] table = {
            {15, 10}, {35, 20}, {75, 50}, {150, 100}, {350, 200}, {750, 500}, {1500, 1000}, {3500, 2000},
            {7500, 5000}, {12500, 10_000}, {17500, 15_000}, {25000, 20_000}, {45000, 30_000}, {90000, 60_000},
            {210_000, 120_000}, {450_000, 300_000}, {750_000, 600_000}, {1_050_000, 900_000},
            {1_500_000, 1_200_000}, {2_700_000, 1_800_000}, {5_400_000, 3_600_000}, {9_000_000, 7_200_000},
            {16_200_000, 10_800_000}, {32_400_000, 21_600_000}, {86_400_000, 43_200_000},
            {604_800_000, 86_400_000}, {1_814_400_000, 604_800_000}, {3_628_800_000L, 2_592_000_000L}};
        for (long[] row : table) {
            if (ms < row[0]) {
                return row[1];
            }
        }
        return 31_536_000_000L;
    }
}
