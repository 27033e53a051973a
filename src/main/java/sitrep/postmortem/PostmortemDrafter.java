package sitrep.postmortem;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import sitrep.domain.EntryKind;

/**
 * Drafts a postmortem from an incident: title and date, the window (from the incident's start and end,
 * or proposed from the first detection and last resolution entries), and the timeline in time order
 * with untimed entries kept after the entry they followed. The author fills in the prose afterwards.
 */
public final class PostmortemDrafter {

    private PostmortemDrafter() {
    }

    /**
     * @param start  when the incident started, if recorded
     * @param end    when it ended, if recorded
     * @param zone   the incident's zone as it should be written ("PST", "UTC")
     * @param events the journal's entries in the order they were written
     */
    public static PostmortemDocument draft(String title, Optional<Instant> start, Optional<Instant> end,
            ZoneLabel zone, List<IncidentEvent> events) {
        return draft(title, start, end, zone, events, Set.of());
    }

    /**
     * Like {@link #draft(String, Optional, Optional, ZoneLabel, List)}, with some events left out of the
     * exports (kept in the document with {@code included} false, so the editor can put them back).
     *
     * @param excluded positions in {@code events} of the events to leave out
     */
    public static PostmortemDocument draft(String title, Optional<Instant> start, Optional<Instant> end,
            ZoneLabel zone, List<IncidentEvent> events, Set<Integer> excluded) {
        List<TimelineItem> timeline = timeline(events, zone, excluded);
        Optional<LocalDateTime> from = start.map(s -> local(s, zone))
                .or(() -> firstOfKind(timeline, EntryKind.DETECTION, false));
        Optional<LocalDateTime> to = end.map(e -> local(e, zone))
                .or(() -> firstOfKind(timeline, EntryKind.RESOLUTION, true));
        return PostmortemDocument.builder()
                .title(title)
                .window(new IncidentWindow(from, to, Optional.of(zone)))
                .timeline(timeline)
                .build();
    }

    /** Timed entries sorted by time (stable), each untimed one kept right after its predecessor. */
    static List<TimelineItem> timeline(List<IncidentEvent> events, ZoneLabel zone) {
        return timeline(events, zone, Set.of());
    }

    /** Works on positions, so that equal events stay distinguishable for {@code excluded}. */
    static List<TimelineItem> timeline(List<IncidentEvent> events, ZoneLabel zone, Set<Integer> excluded) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> leading = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).at().isPresent()) {
                List<Integer> group = new ArrayList<>();
                group.add(i);
                groups.add(group);
            } else if (groups.isEmpty()) {
                leading.add(i);
            } else {
                groups.get(groups.size() - 1).add(i);
            }
        }
        groups.sort(Comparator.comparing(g -> events.get(g.get(0)).at().orElseThrow()));
        List<TimelineItem> items = new ArrayList<>(events.size());
        leading.forEach(i -> items.add(item(events.get(i), zone).withIncluded(!excluded.contains(i))));
        groups.forEach(g -> g.forEach(i -> items.add(item(events.get(i), zone).withIncluded(!excluded.contains(i)))));
        return items;
    }

    private static TimelineItem item(IncidentEvent e, ZoneLabel zone) {
        if (e.at().isPresent()) {
            return TimelineItem.timed(local(e.at().get(), zone), e.text(), e.kind());
        }
        return TimelineItem.labelled(e.label().orElse(""), e.text(), e.kind());
    }

    private static LocalDateTime local(Instant instant, ZoneLabel zone) {
        return ZonedDateTime.ofInstant(instant, zone.zone()).toLocalDateTime();
    }

    private static Optional<LocalDateTime> firstOfKind(List<TimelineItem> items, EntryKind kind, boolean last) {
        List<LocalDateTime> times = items.stream().filter(i -> i.included() && i.kind() == kind)
                .flatMap(i -> i.at().stream()).toList();
        if (times.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(last ? times.get(times.size() - 1) : times.get(0));
    }
}
