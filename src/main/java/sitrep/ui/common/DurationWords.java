package sitrep.ui.common;

import java.time.Duration;
import java.time.Instant;

/** A duration as a person says it at a glance: "45 s", "27 min", "1 h 08 min", "2 d 3 h". */
public final class DurationWords {

    private DurationWords() {
    }

    /** "for 6 h or more": a state that held already as far back as anything looked, which is {@code lookedBack}. */
    public static String forAtLeast(Duration lookedBack) {
        return "for " + of(lookedBack) + " or more";
    }

    public static String of(Instant from, Instant to) {
        return of(Duration.between(from, to));
    }

    public static String of(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + " s";
        }
        long m = s / 60;
        if (m < 60) {
            return m + " min";
        }
        long h = m / 60;
        if (h < 24) {
            return m % 60 == 0 ? h + " h" : String.format("%d h %02d min", h, m % 60);
        }
        return (h / 24) + " d " + (h % 24) + " h";
    }
}
