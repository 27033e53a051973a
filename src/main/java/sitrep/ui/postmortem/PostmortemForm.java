package sitrep.ui.postmortem;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import sitrep.domain.Incident;
import sitrep.domain.TimeFormats;
import sitrep.domain.TimelineEntry;
import sitrep.incident.postmortem.PostmortemEdit;
import sitrep.incident.postmortem.PostmortemEdits;
import sitrep.incident.postmortem.PostmortemField;
import sitrep.postmortem.Impact;
import sitrep.postmortem.Measure;

/**
 * The postmortem's editable fields, and the translation between what is typed and a {@link PostmortemEdit}.
 * Each property belongs to one journal field; a user change reports that field so the view model can
 * save it later, a {@link #fill} from the journal reports nothing.
 */
public final class PostmortemForm {

    private static final DateTimeFormatter ENTRY_TIME = TimeFormats.DAY_TIME;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty impactText = new SimpleStringProperty(this, "impactText", "");
    private final StringProperty usersAffected = new SimpleStringProperty(this, "usersAffected", "");
    private final StringProperty rootCause = new SimpleStringProperty(this, "rootCause", "");
    private final StringProperty resolution = new SimpleStringProperty(this, "resolution", "");
    private final StringProperty measuresClosing = new SimpleStringProperty(this, "measuresClosing", "");
    private final StringProperty conclusion = new SimpleStringProperty(this, "conclusion", "");
    private final StringProperty windowStart = new SimpleStringProperty(this, "windowStart", "");
    private final StringProperty windowEnd = new SimpleStringProperty(this, "windowEnd", "");
    private final ObservableList<MeasureForm> measures = FXCollections.observableArrayList(MeasureForm::observables);
    private final ObservableList<EntryChoice> entries = FXCollections.observableArrayList(c -> new Observable[] {c.included()});
    /** Excluded ids of entries not listed now (retracted, or not replayed yet): kept so a save does not drop them. */
    private final Set<String> excludedElsewhere = new HashSet<>();
    private final ZoneId zone;
    private boolean filling;

    PostmortemForm(ZoneId zone, Consumer<PostmortemField> edited) {
        this.zone = zone;
        watch(title, PostmortemField.TITLE, edited);
        watch(impactText, PostmortemField.IMPACT, edited);
        watch(usersAffected, PostmortemField.IMPACT, edited);
        watch(rootCause, PostmortemField.ROOT_CAUSE, edited);
        watch(resolution, PostmortemField.RESOLUTION, edited);
        watch(measuresClosing, PostmortemField.MEASURES_CLOSING, edited);
        watch(conclusion, PostmortemField.CONCLUSION, edited);
        watch(windowStart, PostmortemField.WINDOW, edited);
        watch(windowEnd, PostmortemField.WINDOW, edited);
        measures.addListener((ListChangeListener<MeasureForm>) c -> report(PostmortemField.MEASURES, edited));
        entries.addListener((ListChangeListener<EntryChoice>) c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    report(PostmortemField.EXCLUDED_ENTRIES, edited);
                }
            }
        });
    }

    private void watch(StringProperty p, PostmortemField field, Consumer<PostmortemField> edited) {
        p.addListener((o, was, now) -> report(field, edited));
    }

    private void report(PostmortemField field, Consumer<PostmortemField> edited) {
        if (!filling) {
            edited.accept(field);
        }
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty impactTextProperty() {
        return impactText;
    }

    /** Share of users affected in percent, blank when not known. */
    public StringProperty usersAffectedProperty() {
        return usersAffected;
    }

    public StringProperty rootCauseProperty() {
        return rootCause;
    }

    public StringProperty resolutionProperty() {
        return resolution;
    }

    public StringProperty measuresClosingProperty() {
        return measuresClosing;
    }

    public StringProperty conclusionProperty() {
        return conclusion;
    }

    /** "yyyy-MM-dd HH:mm" in the incident's zone. */
    public StringProperty windowStartProperty() {
        return windowStart;
    }

    /** "yyyy-MM-dd HH:mm" in the incident's zone; blank proposes the last resolution entry. */
    public StringProperty windowEndProperty() {
        return windowEnd;
    }

    public ObservableList<MeasureForm> measures() {
        return measures;
    }

    /** Every entry of the timeline with its checkbox, in time order. */
    public ObservableList<EntryChoice> entries() {
        return entries;
    }

    public void addMeasure() {
        measures.add(new MeasureForm());
    }

    public void removeMeasure(MeasureForm measure) {
        measures.remove(measure);
    }

    /**
     * What the journal should hold for {@code field}, given what is typed.
     *
     * @throws IllegalArgumentException saying what does not read (a date, a percentage, a task line)
     */
    PostmortemEdit editFor(PostmortemField field) {
        return switch (field) {
            case TITLE -> title.get().isBlank() ? PostmortemEdit.clear(field) : PostmortemEdit.title(title.get().strip());
            case IMPACT -> PostmortemEdit.impact(new Impact(impactText.get().strip(), percent()));
            case ROOT_CAUSE -> PostmortemEdit.rootCause(rootCause.get().strip());
            case RESOLUTION -> PostmortemEdit.resolution(resolution.get().strip());
            case MEASURES_CLOSING -> PostmortemEdit.measuresClosing(measuresClosing.get().strip());
            case CONCLUSION -> PostmortemEdit.conclusion(conclusion.get().strip());
            case WINDOW -> PostmortemEdit.window(WindowText.parse(windowStart.get(), zone, "start"),
                    WindowText.parse(windowEnd.get(), zone, "end"));
            case MEASURES -> {
                List<Measure> list = new ArrayList<>();
                for (MeasureForm m : measures) {
                    list.add(m.toMeasure());
                }
                yield PostmortemEdit.measures(list);
            }
            case EXCLUDED_ENTRIES -> {
                Set<String> excluded = new HashSet<>(excludedElsewhere);
                entries.stream().filter(c -> !c.included().get()).forEach(c -> excluded.add(c.entryId()));
                yield PostmortemEdit.excludedEntries(excluded);
            }
            default -> throw new IllegalArgumentException("the form does not edit " + field);
        };
    }

    private OptionalDouble percent() {
        String text = usersAffected.get().strip().replace("%", "").strip();
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 100) {
                return OptionalDouble.of(value);
            }
        } catch (NumberFormatException e) {
            // Falls through to the one message for every unreadable share.
        }
        throw new IllegalArgumentException("users affected '" + usersAffected.get().strip()
                + "' is not a percentage from 0 to 100");
    }

    /** Shows the journal's values in every field except those the user is still editing. */
    void fill(PostmortemEdits edits, Incident incident, Set<PostmortemField> keep) {
        filling = true;
        try {
            if (!keep.contains(PostmortemField.TITLE)) {
                title.set(edits.title().orElse(incident.title()));
            }
            if (!keep.contains(PostmortemField.IMPACT)) {
                impactText.set(edits.impact().text());
                OptionalDouble share = edits.impact().usersAffectedPercent();
                usersAffected.set(share.isPresent() ? number(share.getAsDouble()) : "");
            }
            setUnlessKept(keep, PostmortemField.ROOT_CAUSE, rootCause, edits.rootCause());
            setUnlessKept(keep, PostmortemField.RESOLUTION, resolution, edits.resolution());
            setUnlessKept(keep, PostmortemField.MEASURES_CLOSING, measuresClosing, edits.measuresClosing());
            setUnlessKept(keep, PostmortemField.CONCLUSION, conclusion, edits.conclusion());
            if (!keep.contains(PostmortemField.WINDOW)) {
                windowStart.set(WindowText.format(edits.windowStart().or(() -> Optional.of(incident.start())), zone));
                windowEnd.set(WindowText.format(edits.windowEnd().or(() -> Optional.ofNullable(incident.end())), zone));
            }
            if (!keep.contains(PostmortemField.MEASURES)) {
                measures.setAll(edits.measures().stream().map(MeasureForm::of).toList());
            }
        } finally {
            filling = false;
        }
    }

    /** Lists the entries with their checkboxes; while the user's own exclusions are unsaved, they win. */
    void fillEntries(List<TimelineEntry> list, Set<String> excludedSaved, boolean keepTicks) {
        Set<String> excluded = new HashSet<>(excludedSaved);
        if (keepTicks) {
            excluded = new HashSet<>(excludedElsewhere);
            for (EntryChoice c : entries) {
                if (!c.included().get()) {
                    excluded.add(c.entryId());
                }
            }
        }
        List<EntryChoice> fresh = new ArrayList<>(list.size());
        Set<String> listed = new HashSet<>();
        for (TimelineEntry e : list) {
            listed.add(e.id());
            String label = ENTRY_TIME.format(e.eventTime().atZone(zone)) + "  " + e.kind().wireName() + "  " + e.text();
            fresh.add(EntryChoice.of(e.id(), label, !excluded.contains(e.id())));
        }
        excludedElsewhere.clear();
        excluded.stream().filter(id -> !listed.contains(id)).forEach(excludedElsewhere::add);
        filling = true;
        try {
            entries.setAll(fresh);
        } finally {
            filling = false;
        }
    }

    private void setUnlessKept(Set<PostmortemField> keep, PostmortemField field, StringProperty p, String value) {
        if (!keep.contains(field)) {
            p.set(value);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
