package sitrep.ui.timeline;

import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import sitrep.domain.EntryKind;
import sitrep.domain.Suggestion;
import sitrep.ui.common.IconFallback;
import sitrep.ui.common.ReadableHeaders;
import sitrep.ui.common.ViewLoader;

/** The timeline tab: binds {@link TimelineViewModel}; every key action here has a menu twin in the shell. */
public final class TimelineView {

    @FXML private VBox root;
    @FXML private Label incidentTitle;
    @FXML private Label warning;
    @FXML private TextField entry;
    @FXML private Label saveState;
    @FXML private Label error;
    @FXML private VBox suggestionBox;
    @FXML private Label suggestionTitle;
    @FXML private ListView<Suggestion> suggestionList;
    @FXML private Button acceptSuggestion;
    @FXML private Button dismissSuggestion;
    @FXML private ComboBox<EntryKind> kindFilter;
    @FXML private TextField authorFilter;
    @FXML private TextField textFilter;
    @FXML private CheckBox starredFilter;
    @FXML private Button undo;
    @FXML private Button redo;
    @FXML private TableView<TimelineRow> table;
    @FXML private TableColumn<TimelineRow, String> timeColumn;
    @FXML private TableColumn<TimelineRow, EntryKind> kindColumn;
    @FXML private TableColumn<TimelineRow, String> authorColumn;
    @FXML private TableColumn<TimelineRow, String> textColumn;

    private final TimelineViewModel vm;
    private final ZoneId zone;

    private TimelineView(TimelineViewModel vm) {
        this.vm = vm;
        this.zone = vm.incident().zone().zoneId();
    }

    public static TimelineView load(TimelineViewModel vm) {
        TimelineView view = new TimelineView(vm);
        ViewLoader.load("/sitrep/ui/timeline/Timeline.fxml", view);
        return view;
    }

    public VBox root() {
        return root;
    }

    /** Puts the caret in the quick-entry line: the shell's "New note" shortcut lands here. */
    public void focusEntry() {
        entry.requestFocus();
        entry.end();
    }

    public void undo() {
        vm.undo();
    }

    public void redo() {
        vm.redo();
    }

    @FXML
    private void initialize() {
        IconFallback.decorate(undo, "mdi2u-undo", "Ctrl+Z");
        IconFallback.decorate(redo, "mdi2r-redo", "Ctrl+Shift+Z");
        ReadableHeaders.apply(table);
        boolean saysDrill = vm.incident().title().toLowerCase(Locale.ROOT).startsWith("drill");
        incidentTitle.setText(vm.incident().title() + (vm.incident().drill() && !saysDrill ? "  (DRILL)" : ""));
        hideWhenEmpty(warning);
        warning.textProperty().bind(vm.warningProperty());
        hideWhenEmpty(error);
        error.textProperty().bind(vm.errorProperty());

        entry.textProperty().bindBidirectional(vm.entryTextProperty());
        entry.setOnAction(e -> {
            if (!entry.getText().isBlank()) {
                vm.submit();
            }
        });
        saveState.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.saveStateProperty().get()) {
            case IDLE -> "";
            case SAVING -> "saving…";
            case SAVED -> "saved";
            case ERROR -> "NOT SAVED";
        }, vm.saveStateProperty()));
        vm.saveStateProperty().addListener((o, was, now) -> {
            saveState.getStyleClass().removeAll("save-error", "save-ok");
            if (now == TimelineViewModel.SaveState.ERROR) {
                saveState.getStyleClass().add("save-error");
            } else if (now == TimelineViewModel.SaveState.SAVED) {
                saveState.getStyleClass().add("save-ok");
            }
        });

        SuggestionsBinding.bind(vm, zone, suggestionBox, suggestionTitle, suggestionList, acceptSuggestion,
                dismissSuggestion, entry);
        bindFilters();
        TimelineTableBinding.bind(vm, table, timeColumn, kindColumn, authorColumn, textColumn);
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void bindFilters() {
        kindFilter.getItems().add(null);
        kindFilter.getItems().addAll(EntryKind.values());
        kindFilter.setConverter(KindNames.withNone("All kinds"));
        kindFilter.valueProperty().bindBidirectional(vm.kindFilterProperty());
        authorFilter.textProperty().bindBidirectional(vm.authorFilterProperty());
        textFilter.textProperty().bindBidirectional(vm.textFilterProperty());
        starredFilter.selectedProperty().bindBidirectional(vm.starredOnlyProperty());
        starredFilter.setTooltip(new Tooltip("Only starred entries (S stars the selected entry)"));
        undo.disableProperty().bind(vm.canUndoProperty().not());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        undo.setOnAction(e -> vm.undo());
        redo.setOnAction(e -> vm.redo());
    }
}
