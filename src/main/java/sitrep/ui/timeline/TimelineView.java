package sitrep.ui.timeline;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import sitrep.domain.EntryKind;
import sitrep.domain.Suggestion;
import sitrep.domain.TimeFormats;
import sitrep.incident.command.CommandEntries;
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

    private static final DateTimeFormatter SUGGESTION_TIME = TimeFormats.CLOCK;

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

        bindSuggestions();
        bindFilters();
        bindTable();
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void bindSuggestions() {
        suggestionList.setItems(vm.suggestions());
        suggestionBox.visibleProperty().bind(Bindings.isNotEmpty(vm.suggestions()));
        suggestionBox.managedProperty().bind(suggestionBox.visibleProperty());
        suggestionTitle.textProperty().bind(Bindings.size(vm.suggestions()).asString("Suggested entries (%d)"));
        suggestionList.setCellFactory(list -> new ListCell<>() {
            {
                // Whole sentences: a row wraps to the list's width instead of scrolling sideways.
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : SUGGESTION_TIME.format(s.time().atZone(zone)) + "  "
                        + s.kind().wireName() + "  " + s.text());
                setTooltip(empty || s == null || s.evidence().isEmpty() ? null : new Tooltip(evidenceText(s)));
            }
        });
        suggestionList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.A || e.getCode() == KeyCode.ENTER) {
                acceptSelected();
                e.consume();
                keepFocusInSuggestions();
            } else if (e.getCode() == KeyCode.D || e.getCode() == KeyCode.DELETE) {
                dismissSelected();
                e.consume();
                keepFocusInSuggestions();
            }
        });
        acceptSuggestion.setOnAction(e -> acceptSelected());
        dismissSuggestion.setOnAction(e -> dismissSelected());
        vm.suggestions().addListener((ListChangeListener<Suggestion>) c -> {
            if (suggestionList.getSelectionModel().isEmpty() && !vm.suggestions().isEmpty()) {
                suggestionList.getSelectionModel().selectFirst();
            }
        });
    }

    /** A and D work through the list one after another: the focus stays there while it has rows, then the note line. */
    private void keepFocusInSuggestions() {
        Platform.runLater(() -> {
            if (vm.suggestions().isEmpty()) {
                entry.requestFocus();
                return;
            }
            if (suggestionList.getSelectionModel().isEmpty()) {
                suggestionList.getSelectionModel().selectFirst();
            }
            suggestionList.requestFocus();
        });
    }

    private static String evidenceText(Suggestion s) {
        StringBuilder b = new StringBuilder();
        s.evidence().forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        return b.toString().strip();
    }

    private Suggestion selectedSuggestion() {
        Suggestion s = suggestionList.getSelectionModel().getSelectedItem();
        return s != null ? s : vm.suggestions().isEmpty() ? null : vm.suggestions().get(0);
    }

    /**
     * After an inline edit the keyboard goes back to the edited row (the rows may be rebuilt by then, so it is
     * found by id once the edit has been applied), never to whatever control happens to come next.
     */
    private void refocusRow(String entryId) {
        Platform.runLater(() -> {
            if (entryId != null) {
                selectedId = entryId;
                selectById(entryId);
            }
            table.requestFocus();
        });
    }

    private void acceptSelected() {
        Suggestion s = selectedSuggestion();
        if (s != null) {
            vm.acceptSuggestion(s);
        }
    }

    private void dismissSelected() {
        Suggestion s = selectedSuggestion();
        if (s != null) {
            vm.dismissSuggestion(s);
        }
    }

    private void bindFilters() {
        kindFilter.getItems().add(null);
        kindFilter.getItems().addAll(EntryKind.values());
        kindFilter.setConverter(kindNames("All kinds"));
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

    private static StringConverter<EntryKind> kindNames(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(EntryKind k) {
                return k == null ? none : k.wireName();
            }

            @Override
            public EntryKind fromString(String s) {
                return EntryKind.parse(s);
            }
        };
    }

    private void bindTable() {
        table.setItems(vm.rows());
        column(timeColumn, TimelineRow::timeText);
        column(authorColumn, TimelineRow::author);
        column(textColumn, r -> (CommandEntries.starred(r.evidence()) ? "★ " : "") + r.text());
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));

        timeColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        timeColumn.setOnEditCommit(e -> {
            vm.edit(e.getRowValue().id(), null, e.getNewValue(), null);
            refocusRow(e.getRowValue().id());
        });
        textColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        // The star is shown in the text cell but is not part of the text.
        textColumn.setOnEditCommit(e -> {
            vm.edit(e.getRowValue().id(), e.getNewValue().startsWith("★ ")
                    ? e.getNewValue().substring(2) : e.getNewValue(), null, null);
            refocusRow(e.getRowValue().id());
        });
        kindColumn.setCellFactory(ComboBoxTableCell.forTableColumn(kindNames(""),
                FXCollections.observableArrayList(EntryKind.values())));
        kindColumn.setOnEditCommit(e -> {
            vm.edit(e.getRowValue().id(), null, null, e.getNewValue());
            refocusRow(e.getRowValue().id());
        });
        for (TableColumn<TimelineRow, ?> c : List.of(timeColumn, textColumn, kindColumn)) {
            c.addEventHandler(TableColumn.editCancelEvent(), e -> refocusRow(null));
        }

        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TimelineRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(c -> c.startsWith("kind-"));
                if (empty || row == null) {
                    setTooltip(null);
                    return;
                }
                getStyleClass().add("kind-" + row.kind().wireName());
                String evidence = row.evidence().isEmpty() ? "" : "\n" + evidenceLines(row);
                setTooltip(new Tooltip(row.utcText() + " · written by " + row.author() + evidence));
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TimelineRow selected = table.getSelectionModel().getSelectedItem();
            if (table.getEditingCell() != null) {
                return;
            }
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selected != null) {
                vm.retract(selected.id());
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                if (e.isShiftDown()) {
                    vm.redo();
                } else {
                    vm.undo();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.S && !e.isShortcutDown() && !e.isAltDown() && selected != null) {
                vm.toggleStar(selected.id());
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Y) {
                vm.redo();
                e.consume();
            }
        });
        vm.rows().addListener((ListChangeListener<TimelineRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() && c.getAddedSize() == 1 && c.getAddedSubList().get(0).mine()) {
                    table.scrollTo(c.getFrom());
                }
            }
            // An edit replaces its row: the same entry stays selected, so the keyboard stays where it was.
            if (selectedId != null && table.getSelectionModel().isEmpty()) {
                selectById(selectedId);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                selectedId = now.id();
            }
        });
    }

    /** The entry last selected in the table, to select again when its row is rebuilt. */
    private String selectedId;

    private void selectById(String entryId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(entryId)) {
                table.getSelectionModel().clearAndSelect(i);
                table.getFocusModel().focus(i);
                return;
            }
        }
    }

    private static String evidenceLines(TimelineRow row) {
        StringBuilder b = new StringBuilder();
        row.evidence().forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        return b.toString().strip();
    }

    private static void column(TableColumn<TimelineRow, String> column, Function<TimelineRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
