package sitrep.incident.postmortem;

import com.google.gson.JsonElement;
import java.lang.System.Logger.Level;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sitrep.incident.IncidentTimeline;
import sitrep.postmortem.Impact;
import sitrep.postmortem.Measure;

/**
 * The postmortem's own fields as the journal leaves them: for each field the value of the latest
 * {@code postmortem.set} record (the timeline's merge order breaks ties), or the default when none was
 * written or the last one cleared it. A value that does not decode is logged and ignored, so one bad
 * record cannot make the postmortem unreadable; a field this build does not know is ignored too.
 *
 * @param title            the title to use instead of the incident's
 * @param excludedEntryIds timeline entries left out of every export
 * @param windowStart      the start to state instead of the incident's
 * @param windowEnd        the end to state instead of the incident's
 */
public record PostmortemEdits(Optional<String> title, Impact impact, String rootCause, String resolution,
        List<Measure> measures, String measuresClosing, String conclusion, Set<String> excludedEntryIds,
        Optional<Instant> windowStart, Optional<Instant> windowEnd, List<String> unplaced) {

    private static final System.Logger LOG = System.getLogger(PostmortemEdits.class.getName());

    public PostmortemEdits {
        measures = List.copyOf(measures);
        excludedEntryIds = Set.copyOf(excludedEntryIds);
        unplaced = List.copyOf(unplaced);
    }

    /** Nothing written yet: the draft is the incident's timeline and nothing else. */
    public static PostmortemEdits none() {
        return new PostmortemEdits(Optional.empty(), Impact.none(), "", "", List.of(), "", "", Set.of(),
                Optional.empty(), Optional.empty(), List.of());
    }

    /** The postmortem fields folded into {@code timeline}. */
    public static PostmortemEdits of(IncidentTimeline timeline) {
        return of(timeline.postmortemFields());
    }

    /** @param values field wire name to its latest JSON value (null when cleared), as {@link IncidentTimeline} keeps them */
    public static PostmortemEdits of(Map<String, String> values) {
        Builder b = new Builder();
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(v -> {
            Optional<PostmortemField> field = PostmortemField.fromWire(v.getKey());
            if (field.isEmpty()) {
                LOG.log(Level.INFO, "ignored postmortem field '" + v.getKey() + "' from a newer Sitrep");
                return;
            }
            try {
                b.set(field.get(), v.getValue() == null ? null : PostmortemValues.parse(v.getValue()));
            } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
                LOG.log(Level.WARNING, "ignored postmortem field " + v.getKey() + "=" + v.getValue() + ": "
                        + e.getMessage());
            }
        });
        return b.build();
    }

    /** These edits with one more applied on top, e.g. to show an edit before the journal echoes it back. */
    public PostmortemEdits with(PostmortemEdit edit) {
        Builder b = new Builder(this);
        b.set(edit.field(), edit.jsonValue() == null ? null : PostmortemValues.parse(edit.jsonValue()));
        return b.build();
    }

    /** Decodes one value at a time so that a bad one leaves the others as they were. */
    private static final class Builder {
        private Optional<String> title = Optional.empty();
        private Impact impact = Impact.none();
        private String rootCause = "";
        private String resolution = "";
        private List<Measure> measures = List.of();
        private String measuresClosing = "";
        private String conclusion = "";
        private Set<String> excluded = Set.of();
        private Optional<Instant> windowStart = Optional.empty();
        private Optional<Instant> windowEnd = Optional.empty();
        private List<String> unplaced = List.of();

        Builder() {
        }

        Builder(PostmortemEdits e) {
            title = e.title;
            impact = e.impact;
            rootCause = e.rootCause;
            resolution = e.resolution;
            measures = e.measures;
            measuresClosing = e.measuresClosing;
            conclusion = e.conclusion;
            excluded = e.excludedEntryIds;
            windowStart = e.windowStart;
            windowEnd = e.windowEnd;
            unplaced = e.unplaced;
        }

        void set(PostmortemField field, JsonElement v) {
            boolean clear = v == null || v.isJsonNull();
            switch (field) {
                case TITLE -> title = clear ? Optional.empty() : Optional.of(PostmortemValues.readText(v));
                case IMPACT -> impact = clear ? Impact.none() : PostmortemValues.readImpact(v);
                case ROOT_CAUSE -> rootCause = clear ? "" : PostmortemValues.readText(v);
                case RESOLUTION -> resolution = clear ? "" : PostmortemValues.readText(v);
                case MEASURES -> measures = clear ? List.of() : PostmortemValues.readMeasures(v);
                case MEASURES_CLOSING -> measuresClosing = clear ? "" : PostmortemValues.readText(v);
                case CONCLUSION -> conclusion = clear ? "" : PostmortemValues.readText(v);
                case EXCLUDED_ENTRIES -> excluded = clear ? Set.of() : Set.copyOf(PostmortemValues.readTexts(v));
                case WINDOW -> {
                    Optional<Instant> start = clear ? Optional.empty() : PostmortemValues.readWindowEnd(v, "start");
                    Optional<Instant> end = clear ? Optional.empty() : PostmortemValues.readWindowEnd(v, "end");
                    windowStart = start;
                    windowEnd = end;
                }
                case UNPLACED -> unplaced = clear ? List.of() : new ArrayList<>(PostmortemValues.readTexts(v));
                default -> throw new IllegalArgumentException(field.toString());
            }
        }

        PostmortemEdits build() {
            return new PostmortemEdits(title, impact, rootCause, resolution, measures, measuresClosing, conclusion,
                    excluded, windowStart, windowEnd, unplaced);
        }
    }
}
