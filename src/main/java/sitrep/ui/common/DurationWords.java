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

    /**
     * "for 6 h or more", or "for 2 min or more": a state held at least since {@code since}, the earliest instant
     * anything looked at. That is the look back's start ({@code lookback} before it was looked at), read as the look
     * back itself so the words stay put from redraw to redraw; or later, where the data begins (a Prometheus started
     * two minutes ago), read as the time there is data for, never as six hours nobody saw.
     */
    public static String forAtLeast(Instant since, Instant now, Duration lookback) {
        Duration held = Duration.between(since, now);
        return forAtLeast(held.compareTo(lookback.minus(NEAR_THE_LOOKBACK)) >= 0 ? lookback : held);
    }

    /** How far from the look back's start data may begin and still count as the whole look back (its coarse steps). */
    private static final Duration NEAR_THE_LOOKBACK = Duration.ofMinutes(10);

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
