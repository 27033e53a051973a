package sitrep.source.drill;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import sitrep.source.drill.Scenario.Inject;

/**
 * Hands out each inject once, when the drill clock passes it, so the UI can show it as a prompt without
 * keeping track itself. Seeking forward delivers everything skipped over (in order); seeking back re-arms
 * the injects after the new position, so they show again when the drill passes them again.
 */
public final class InjectFeed {

    private final List<Inject> injects;
    private final Clock clock;
    private Instant shownUntil;

    public InjectFeed(List<Inject> injects, Clock clock) {
        this.injects = injects.stream().sorted((a, b) -> a.at().compareTo(b.at())).toList();
        this.clock = clock;
    }

    /** Every inject, in time order. */
    public List<Inject> all() {
        return injects;
    }

    /** The injects that fell due since the previous call (all up to now, on the first), oldest first. */
    public synchronized List<Inject> due() {
        Instant now = clock.instant();
        if (shownUntil != null && now.isBefore(shownUntil)) {
            shownUntil = now;
            return List.of();
        }
        List<Inject> out = new ArrayList<>();
        for (Inject i : injects) {
            if ((shownUntil == null || i.at().isAfter(shownUntil)) && !i.at().isAfter(now)) {
                out.add(i);
            }
        }
        shownUntil = now;
        return out;
    }
}
