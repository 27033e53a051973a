package sitrep.ui.postmortem;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sitrep.postmortem.Measure;

/** One corrective or preventative measure as the form edits it; tasks are {@link TaskLines}. */
public final class MeasureForm {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty tasks = new SimpleStringProperty(this, "tasks", "");

    static MeasureForm of(Measure m) {
        MeasureForm form = new MeasureForm();
        form.name.set(m.name());
        form.description.set(m.description());
        form.tasks.set(TaskLines.format(m.tasks()));
        return form;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** "text; owner; due yyyy-MM-dd", one task per line. */
    public StringProperty tasksProperty() {
        return tasks;
    }

    /** @throws IllegalArgumentException when a task line does not read */
    Measure toMeasure() {
        return new Measure(name.get().strip(), description.get().strip(), TaskLines.parse(tasks.get()));
    }

    /** The properties the list extractor watches, so that typing in a measure counts as editing the list. */
    Observable[] observables() {
        return new Observable[] {name, description, tasks};
    }
}
