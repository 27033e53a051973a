package sitrep.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bar above the dashboard: which panel set is shown, and the imported dashboard's variables with their
 * options and selections, as Grafana's variable bar has them. A change is handed on at once so the
 * dashboard re-queries. Holds no controls.
 */
public final class VariableBarViewModel {

    /** The name the default set is listed under. */
    public static final String DEFAULT_SET = "Default panels";
    /** The option that stands for every value of an include-all variable. */
    public static final String ALL = "All";

    /**
     * One variable as the bar shows it.
     *
     * @param selection the selected values; {@link #ALL} alone when All is selected
     */
    public record Choice(String name, String label, List<String> options, boolean multi, boolean includeAll,
                         List<String> selection) {
        public Choice {
            options = List.copyOf(options);
            selection = List.copyOf(selection);
        }

        /** What the bar offers: All first when the variable has it. */
        public List<String> offered() {
            List<String> out = new ArrayList<>();
            if (includeAll) {
                out.add(ALL);
            }
            out.addAll(options);
            return out;
        }

        /** The selection in a few words: "All", "api", "api + 2 more". */
        public String summary() {
            if (selection.isEmpty()) {
                return "(none)";
            }
            return selection.size() == 1 ? selection.get(0) : selection.get(0) + " + " + (selection.size() - 1) + " more";
        }
    }

    private final ObservableList<String> sets = FXCollections.observableArrayList(DEFAULT_SET);
    private final ReadOnlyStringWrapper selectedSet = new ReadOnlyStringWrapper(DEFAULT_SET);
    private final ObservableList<Choice> variables = FXCollections.observableArrayList();
    // One read-only view each: a wrapper made per call could be collected with the listeners added to it.
    private final ObservableList<String> setsView = FXCollections.unmodifiableObservableList(sets);
    private final ObservableList<Choice> variablesView = FXCollections.unmodifiableObservableList(variables);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Consumer<String> onSetChosen = name -> { };
    private BiConsumer<String, List<String>> onSelection = (name, values) -> { };

    public ObservableList<String> sets() {
        return setsView;
    }

    public ReadOnlyStringProperty selectedSetProperty() {
        return selectedSet.getReadOnlyProperty();
    }

    public ObservableList<Choice> variables() {
        return variablesView;
    }

    /** "Resolving variables…", or what went wrong resolving them. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void onSetChosen(Consumer<String> listener) {
        onSetChosen = listener;
    }

    public void onSelection(BiConsumer<String, List<String>> listener) {
        onSelection = listener;
    }

    /** The imported sets' names; the default set is always first. */
    public void setSets(List<String> imported, String selected) {
        List<String> all = new ArrayList<>();
        all.add(DEFAULT_SET);
        all.addAll(imported);
        sets.setAll(all);
        selectedSet.set(selected == null || !all.contains(selected) ? DEFAULT_SET : selected);
    }

    /** The user picked a set. */
    public void chooseSet(String name) {
        if (name == null || name.equals(selectedSet.get()) || !sets.contains(name)) {
            return;
        }
        selectedSet.set(name);
        variables.clear();
        onSetChosen.accept(name);
    }

    public void showVariables(List<Choice> next) {
        variables.setAll(next);
    }

    public void setStatus(String text) {
        status.set(text == null ? "" : text);
    }

    /**
     * The user changed a variable. Choosing All clears the other values; choosing a value clears All; a
     * multi-value variable left with nothing selected falls back to All or its first option.
     */
    public void select(String name, List<String> values) {
        for (int i = 0; i < variables.size(); i++) {
            Choice c = variables.get(i);
            if (!c.name().equals(name)) {
                continue;
            }
            List<String> next = new ArrayList<>(values);
            if (next.contains(ALL) && !c.selection().contains(ALL)) {
                next = List.of(ALL);
            } else if (next.size() > 1) {
                next.remove(ALL);
            }
            if (!c.multi() && next.size() > 1) {
                next = List.of(next.get(next.size() - 1));
            }
            if (next.isEmpty()) {
                next = c.includeAll() ? List.of(ALL) : c.options().isEmpty() ? List.of() : List.of(c.options().get(0));
            }
            if (next.equals(c.selection())) {
                return;
            }
            variables.set(i, new Choice(c.name(), c.label(), c.options(), c.multi(), c.includeAll(), next));
            onSelection.accept(name, next);
            return;
        }
    }
}
