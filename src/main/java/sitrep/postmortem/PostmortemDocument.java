package sitrep.postmortem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A postmortem in the standard template (see shared/reference/postmortem-template.md). Immutable: the
 * editor and the importer build new documents through {@link Builder}. {@code unplaced} holds text an
 * import could not assign to a section, so nothing the author wrote is ever lost. {@code command} is the
 * incident command appendix (lifecycle, milestones, metrics, severity, roles, updates, follow-ups).
 */
public record PostmortemDocument(String title, Optional<LocalDate> date, IncidentWindow window, Impact impact,
        List<TimelineItem> timeline, String rootCause, String resolution, List<Measure> measures,
        String measuresClosing, String conclusion, List<String> unplaced, CommandReport command) {

    public PostmortemDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(impact, "impact");
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(rootCause, "rootCause");
        Objects.requireNonNull(resolution, "resolution");
        measures = List.copyOf(measures);
        Objects.requireNonNull(measuresClosing, "measuresClosing");
        Objects.requireNonNull(conclusion, "conclusion");
        unplaced = List.copyOf(unplaced);
        command = command == null ? CommandReport.none() : command;
    }

    /** The date of the title line: the one written there, else the incident's start date. */
    public Optional<LocalDate> titleDate() {
        return date.or(() -> window.start().map(s -> s.toLocalDate()));
    }

    /** The timeline items that go into exports. */
    public List<TimelineItem> includedTimeline() {
        return timeline.stream().filter(TimelineItem::included).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().title(title).window(window).impact(impact).timeline(timeline)
                .rootCause(rootCause).resolution(resolution).measures(measures)
                .measuresClosing(measuresClosing).conclusion(conclusion).unplaced(unplaced).command(command);
        b.date = date;
        return b;
    }

    /** Collects the parts of a document; every part is optional and defaults to empty. */
    public static final class Builder {
        private String title = "";
        private Optional<LocalDate> date = Optional.empty();
        private IncidentWindow window = IncidentWindow.unknown();
        private Impact impact = Impact.none();
        private final List<TimelineItem> timeline = new ArrayList<>();
        private String rootCause = "";
        private String resolution = "";
        private final List<Measure> measures = new ArrayList<>();
        private String measuresClosing = "";
        private String conclusion = "";
        private final List<String> unplaced = new ArrayList<>();
        private CommandReport command = CommandReport.none();

        public Builder command(CommandReport value) {
            command = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder date(LocalDate value) {
            date = Optional.ofNullable(value);
            return this;
        }

        public Builder window(IncidentWindow value) {
            window = value;
            return this;
        }

        public Builder impact(Impact value) {
            impact = value;
            return this;
        }

        public Builder timeline(List<TimelineItem> items) {
            timeline.clear();
            timeline.addAll(items);
            return this;
        }

        public Builder addTimeline(TimelineItem item) {
            timeline.add(item);
            return this;
        }

        public Builder rootCause(String value) {
            rootCause = value;
            return this;
        }

        public Builder resolution(String value) {
            resolution = value;
            return this;
        }

        public Builder measures(List<Measure> items) {
            measures.clear();
            measures.addAll(items);
            return this;
        }

        public Builder addMeasure(Measure measure) {
            measures.add(measure);
            return this;
        }

        public Builder measuresClosing(String value) {
            measuresClosing = value;
            return this;
        }

        public Builder conclusion(String value) {
            conclusion = value;
            return this;
        }

        public Builder unplaced(List<String> texts) {
            unplaced.clear();
            unplaced.addAll(texts);
            return this;
        }

        public Builder addUnplaced(String text) {
            unplaced.add(text);
            return this;
        }

        public PostmortemDocument build() {
            return new PostmortemDocument(title, date, window, impact, timeline, rootCause, resolution, measures,
                    measuresClosing, conclusion, unplaced, command);
        }
    }
}
