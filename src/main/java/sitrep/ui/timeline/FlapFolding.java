package sitrep.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sitrep.domain.EntryKind;
import sitrep.domain.Suggestion;
import sitrep.domain.TimeFormats;

/**
 * A component that changes level three or more times within five minutes is flapping: its changes are offered
 * as one suggestion ("healthz flapping 14:08 to 14:40, 12 changes") that grows while it keeps flapping, instead of
 * one suggestion per change burying everything else.
 */
final class FlapFolding {

    static final int CHANGES = 3;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final DateTimeFormatter HM = TimeFormats.CLOCK_MINUTES;

    /** What to take out of the pending list, and what to put in (at the first removed one's place). */
    record Outcome(List<Suggestion> remove, Suggestion add) {
    }

    private final Map<String, List<Instant>> changes = new HashMap<>();
    private final Set<String> folding = new HashSet<>();

    /** Folds {@code s} into a flapping suggestion when its component flaps; otherwise offers it as it is. */
    Outcome fold(Suggestion s, List<Suggestion> pending, ZoneId zone) {
        String component = key(s);
        if (component == null) {
            return new Outcome(List.of(), s);
        }
        List<Instant> seen = changes.computeIfAbsent(component, k -> new ArrayList<>());
        if (!seen.isEmpty() && s.time().isAfter(seen.get(seen.size() - 1).plus(WINDOW))) {
            seen.clear(); // calm for five minutes: a new change is news again
            folding.remove(component);
        }
        seen.add(s.time());
        boolean flapping = seen.size() >= CHANGES && (folding.contains(component)
                || !seen.get(seen.size() - 1).isAfter(seen.get(seen.size() - CHANGES).plus(WINDOW)));
        if (!flapping) {
            return new Outcome(List.of(), s);
        }
        folding.add(component);
        List<Suggestion> remove = new ArrayList<>();
        for (Suggestion p : pending) {
            if (component.equals(key(p)) || component.equals(p.evidence().get("flapping"))) {
                remove.add(p);
            }
        }
        Instant from = seen.get(0);
        Instant to = seen.get(seen.size() - 1);
        String name = s.evidence().getOrDefault("component", component);
        Map<String, String> evidence = new LinkedHashMap<>(s.evidence());
        evidence.remove("component");
        evidence.put("flapping", component);
        evidence.put("from", from.toString());
        evidence.put("to", to.toString());
        evidence.put("changes", String.valueOf(seen.size()));
        String text = name + " flapping " + HM.format(from.atZone(zone)) + " to " + HM.format(to.atZone(zone)) + ", "
                + seen.size() + " changes";
        return new Outcome(remove, new Suggestion(from, EntryKind.DETECTION, text, evidence));
    }

    /** A component change's identity: its source and name; null for other suggestions. */
    private static String key(Suggestion s) {
        String component = s.evidence().get("component");
        return component == null ? null : s.evidence().getOrDefault("source", "") + " " + component;
    }
}
