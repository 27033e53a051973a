package sitrep.ui.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import sitrep.domain.HealthLevel;

/**
 * One target's or component's level over time, as bands: each segment lasts from its start to the next
 * one's (the last to the end of the range).
 */
public record ConnectivityRow(String name, String origin, List<Segment> segments) {

    public ConnectivityRow {
        segments = List.copyOf(segments);
    }

    /**
     * A level from a moment on.
     *
     * @param before the level held already at {@code from}, the earliest instant looked at: it began before
     */
    public record Segment(Instant from, HealthLevel level, boolean before) {
        public Segment(Instant from, HealthLevel level) {
            this(from, level, false);
        }
    }

    /** The level at {@code t}, or UNKNOWN before the first segment. */
    public HealthLevel levelAt(Instant t) {
        HealthLevel level = HealthLevel.UNKNOWN;
        for (Segment s : segments) {
            if (s.from().isAfter(t)) {
                break;
            }
            level = s.level();
        }
        return level;
    }

    /** A stretch in which the row changed {@code changes} times, at least three within five minutes each. */
    public record Flap(Instant from, Instant to, int changes) {
    }

    /**
     * The flapping stretches: a run of changes in which every change has two more within five minutes of it
     * (before or after), so a target that keeps changing is described once rather than change by change.
     */
    public List<Flap> flapping() {
        List<Instant> changes = new ArrayList<>();
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).level() != HealthLevel.UNKNOWN && segments.get(i - 1).level() != HealthLevel.UNKNOWN) {
                changes.add(segments.get(i).from());
            }
        }
        boolean[] flappy = new boolean[changes.size()];
        for (int i = 0; i + 2 < changes.size(); i++) {
            if (!changes.get(i + 2).isAfter(changes.get(i).plus(FLAP_WINDOW))) {
                flappy[i] = flappy[i + 1] = flappy[i + 2] = true;
            }
        }
        List<Flap> out = new ArrayList<>();
        int i = 0;
        while (i < changes.size()) {
            if (!flappy[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < changes.size() && flappy[j + 1]
                    && !changes.get(j + 1).isAfter(changes.get(j).plus(FLAP_WINDOW))) {
                j++;
            }
            out.add(new Flap(changes.get(i), changes.get(j), j - i + 1));
            i = j + 1;
        }
        return out;
    }

    static final Duration FLAP_WINDOW = Duration.ofMinutes(5);

    /** The last segment's level: what the row says now. */
    public HealthLevel current() {
        return segments.isEmpty() ? HealthLevel.UNKNOWN : segments.get(segments.size() - 1).level();
    }
}
