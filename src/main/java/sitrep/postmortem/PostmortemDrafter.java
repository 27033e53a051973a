package sitrep.postmortem;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
        List<TimelineItem> timeline = timeline(events, zone);
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
        List<List<IncidentEvent>> groups = new ArrayList<>();
        List<IncidentEvent> leading = new ArrayList<>();
        for (IncidentEvent e : events) {
            if (e.at().isPresent()) {
                List<IncidentEvent> group = new ArrayList<>();
                group.add(e);
                groups.add(group);
            } else if (groups.isEmpty()) {
                leading.add(e);
            } else {
                groups.get(groups.size() - 1).add(e);
            }
        }
        groups.sort(Comparator.comparing(g -> g.get(0).at().orElseThrow()));
        List<TimelineItem> items = new ArrayList<>(events.size());
        leading.forEach(e -> items.add(item(e, zone)));
        groups.forEach(g -> g.forEach(e -> items.add(item(e, zone))));
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
        List<LocalDateTime> times = items.stream().filter(i -> i.kind() == kind)
                .flatMap(i -> i.at().stream()).toList();
        if (times.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(last ? times.get(times.size() - 1) : times.get(0));
    }
}
