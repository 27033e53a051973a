package sitrep.postmortem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sitrep.domain.EntryKind;

/**
 * How fast the response went, derived from the tagged timeline: each "time to" runs from the incident's
 * start (or, without one, from the first detection) to the first entry of that kind; time to resolve runs
 * to the last resolution entry. Each is empty when the timeline cannot tell.
 *
 * <p>Time on misleading leads: a misleading entry opens a lead that the next non-misleading timed entry
 * closes. An untimed misleading entry (the template's "Misleading investigation: ...") opens it at the
 * time of the timed entry before it, since it stands after that one. Overlapping leads count once.
 */
public record ResponseMetrics(Optional<Duration> timeToDetect, Optional<Duration> timeToEscalate,
        Optional<Duration> timeToIdentifyRootCause, Optional<Duration> timeToMitigate,
        Optional<Duration> timeToResolve, Optional<Duration> timeOnMisleadingLeads) {

    public static ResponseMetrics of(PostmortemDocument doc) {
        List<TimelineItem> items = doc.includedTimeline();
        List<Optional<LocalDateTime>> at = resolveTimes(items, TemplateFormats.firstDay(doc));
        Optional<ZoneId> zone = doc.window().zone().map(ZoneLabel::zone);
        Optional<LocalDateTime> detected = first(items, at, EntryKind.DETECTION);
        Optional<LocalDateTime> origin = doc.window().start().or(() -> detected);
        return new ResponseMetrics(
                between(doc.window().start(), detected, zone),
                between(origin, first(items, at, EntryKind.ESCALATION), zone),
                between(origin, first(items, at, EntryKind.ROOT_CAUSE), zone),
                between(origin, first(items, at, EntryKind.MITIGATION), zone),
                between(origin, last(items, at, EntryKind.RESOLUTION), zone),
                misleading(items, at, zone));
    }

    /**
     * The date and time of each item; an item without a date takes the previous item's date (or the
     * first day), moving to the next day when its time is earlier than the previous one (past midnight).
     */
    public static List<Optional<LocalDateTime>> resolveTimes(List<TimelineItem> items, Optional<LocalDate> firstDay) {
        List<Optional<LocalDateTime>> out = new ArrayList<>(items.size());
        LocalDate day = firstDay.orElse(LocalDate.EPOCH);
        LocalDateTime previous = null;
        for (TimelineItem item : items) {
            if (item.time().isEmpty()) {
                out.add(Optional.empty());
                continue;
            }
            LocalDateTime t;
            if (item.date().isPresent()) {
                t = item.date().get().atTime(item.time().get());
            } else {
                t = day.atTime(item.time().get());
                if (previous != null && t.isBefore(previous)) {
                    t = t.plusDays(1);
                }
            }
            day = t.toLocalDate();
            previous = t;
            out.add(Optional.of(t));
        }
        return out;
    }

    private static Optional<LocalDateTime> first(List<TimelineItem> items, List<Optional<LocalDateTime>> at,
            EntryKind kind) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == kind && at.get(i).isPresent()) {
                return at.get(i);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDateTime> last(List<TimelineItem> items, List<Optional<LocalDateTime>> at,
            EntryKind kind) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).kind() == kind && at.get(i).isPresent()) {
                return at.get(i);
            }
        }
        return Optional.empty();
    }

    private static Optional<Duration> misleading(List<TimelineItem> items, List<Optional<LocalDateTime>> at,
            Optional<ZoneId> zone) {
        Duration total = Duration.ZERO;
        boolean any = false;
        LocalDateTime lastTimed = null;
        LocalDateTime openedAt = null;
        for (int i = 0; i < items.size(); i++) {
            boolean isMisleading = items.get(i).kind() == EntryKind.MISLEADING;
            Optional<LocalDateTime> t = at.get(i);
            if (isMisleading && openedAt == null) {
                openedAt = t.orElse(lastTimed);
            } else if (!isMisleading && t.isPresent() && openedAt != null) {
                total = total.plus(between(Optional.of(openedAt), t, zone).orElse(Duration.ZERO));
                any = true;
                openedAt = null;
            }
            if (t.isPresent()) {
                lastTimed = t.get();
            }
        }
        return any ? Optional.of(total) : Optional.empty();
    }

    /** Elapsed time in the zone when known, so a daylight-saving change inside the window counts right. */
    private static Optional<Duration> between(Optional<LocalDateTime> from, Optional<LocalDateTime> to,
            Optional<ZoneId> zone) {
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (zone.isPresent()) {
            return Optional.of(Duration.between(from.get().atZone(zone.get()), to.get().atZone(zone.get())));
        }
        return Optional.of(Duration.between(from.get(), to.get()));
    }
}
