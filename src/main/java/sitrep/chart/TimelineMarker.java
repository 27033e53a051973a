package sitrep.chart;

import java.time.Instant;
import java.util.List;

/**
 * A timeline entry drawn on charts as a labelled vertical line. The timeline provides them through
 * {@link Source}; the dashboard only asks for the ones in view.
 */
public record TimelineMarker(Instant time, String label, String kind) {

    /** Where markers come from: the incident timeline, or nothing before an incident is open. */
    @FunctionalInterface
    public interface Source {
        Source NONE = (from, to) -> List.of();

        /** Entries with an event time in [from, to], in time order. */
        List<TimelineMarker> between(Instant from, Instant to);
    }
}
