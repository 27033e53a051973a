package sitrep.postmortem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Timeline entries that name their own zone: one on the document's clock is read as written; one on another clock
 * ("12:31 UTC" in an AEDT postmortem) is read in the document's zone, on the day nearest the entry before.
 */
final class EntryZones {

    private final ImportContext ctx;

    EntryZones(ImportContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The entry's zone when its clock differs from the document's (UTC in a CET postmortem); empty when it is the
     * document's, or the same clock under another name (PDT for PST), which is kept as written and said.
     */
    Optional<ZoneLabel> other(ZoneLabel zone, String text) {
        if (ctx.zone.isEmpty() || ctx.zone.get().text().equals(zone.text())) {
            return Optional.empty();
        }
        if (zone.zone().getRules().equals(ctx.zone.get().zone().getRules())) {
            ctx.guesses.add("\"" + TimelineReader.abbreviate(text) + "\" gives its time in " + zone.text() + ", not "
                    + ctx.zone.get().text() + "; the time is kept as written.");
            return Optional.empty();
        }
        return Optional.of(zone);
    }

    /** The time written in {@code zone} as the document's clock reads it, on the day nearest the entry before. */
    LocalDateTime inDocumentZone(LocalDate date, LocalTime time, ZoneLabel zone, boolean dateWritten,
                                 LocalDateTime previous) {
        ZoneId to = ctx.zone.orElseThrow().zone();
        LocalDateTime near = previous != null ? previous : date.atTime(time);
        LocalDateTime best = null;
        for (int d = dateWritten ? 0 : -1; d <= (dateWritten ? 0 : 1); d++) {
            LocalDateTime c = date.plusDays(d).atTime(time).atZone(zone.zone()).withZoneSameInstant(to)
                    .toLocalDateTime();
            if (best == null || Math.abs(Duration.between(near, c).toMinutes())
                    < Math.abs(Duration.between(near, best).toMinutes())) {
                best = c;
            }
        }
        return best;
    }
}
