package sitrep.ui.timeline;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import sitrep.domain.EntryKind;
import sitrep.incident.command.CommandEntries;

/**
 * Binds the timeline table to the view model: its columns and inline edits, row tooltips, the Delete, S and undo
 * keys, and the selection kept on the same entry while its row is rebuilt.
 */
final class TimelineTableBinding {

    private final TimelineViewModel vm;
    private final TableView<TimelineRow> table;
    /** The entry last selected in the table, to select again when its row is rebuilt. */
    private String selectedId;

    private TimelineTableBinding(TimelineViewModel vm, TableView<TimelineRow> table) {
        this.vm = vm;
        this.table = table;
    }

    static void bind(TimelineViewModel vm, TableView<TimelineRow> table, TableColumn<TimelineRow, String> timeColumn,
                     TableColumn<TimelineRow, EntryKind> kindColumn, TableColumn<TimelineRow, String> authorColumn,
                     TableColumn<TimelineRow, String> textColumn) {
        TimelineTableBinding b = new TimelineTableBinding(vm, table);
        table.setItems(vm.rows());
        // A timeline opened mid-incident shows its newest entries, as it follows new ones (it sat on the oldest).
        if (!vm.rows().isEmpty()) {
            Platform.runLater(() -> table.scrollTo(table.getItems().size() - 1));
        }
        column(timeColumn, TimelineRow::timeText);
        column(authorColumn, TimelineRow::author);
        column(textColumn, r -> (CommandEntries.starred(r.evidence()) ? "★ " : "") + r.text());
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));

        timeColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        timeColumn.setOnEditCommit(e -> {
            vm.edit(e.getRowValue().id(), null, e.getNewValue(), null);
            b.refocusRow(e.getRowValue().id());
        });
        textColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        // The star is shown in the text cell but is not part of the text.
        textColumn.setOnEditCommit(e -> {
            vm.edit(e.getRowValue().id(), e.getNewValue().startsWith("★ ")
                    ? e.getNewValue().substring(2) : e.getNewValue(), null, null);
            b.refocusRow(e.getRowValue().id());
        });
        kindColumn.setCellFactory(ComboBoxTableCell.forTableColumn(KindNames.withNone(""),
                FXCollections.observableArrayList(EntryKind.values())));
        kindColumn.setOnEditCommit(e -> {
            vm.edit(e.getRowValue().id(), null, null, e.getNewValue());
            b.refocusRow(e.getRowValue().id());
        });
        for (TableColumn<TimelineRow, ?> c : List.of(timeColumn, textColumn, kindColumn)) {
            c.addEventHandler(TableColumn.editCancelEvent(), e -> b.refocusRow(null));
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
                String evidence = row.evidence().isEmpty() ? "" : "\n" + EvidenceText.lines(row.evidence());
                setTooltip(new Tooltip(row.utcText() + " · written by " + row.author() + evidence));
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, b::keyPressed);
        vm.rows().addListener((ListChangeListener<TimelineRow>) c -> {
            while (c.next()) {
                if (!c.wasAdded()) {
                    continue;
                }
                // The list may be set whole (a merge of others' records): sizes tell what was there before.
                int sizeBefore = c.getList().size() - c.getAddedSize() + c.getRemovedSize();
                boolean grewAtTheEnd = c.getTo() == c.getList().size() && c.getList().size() > sizeBefore;
                if (c.getAddedSize() == 1 && !c.wasRemoved() && c.getAddedSubList().get(0).mine()) {
                    table.scrollTo(c.getFrom());
                } else if (grewAtTheEnd && (sizeBefore == 0 || showsRow(table, sizeBefore - 1))) {
                    // Anyone's newest entry, or the whole timeline replayed at opening, is followed like a log's
                    // tail, unless the reader has scrolled up to read: a responder's note landed below the fold.
                    // Scrolled once the table has taken the new rows in (its own listener may run after this one).
                    Platform.runLater(() -> table.scrollTo(table.getItems().size() - 1));
                }
            }
            // An edit replaces its row: the same entry stays selected, so the keyboard stays where it was.
            if (b.selectedId != null && table.getSelectionModel().isEmpty()) {
                b.selectById(b.selectedId);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                b.selectedId = now.id();
            }
        });
    }

    private void keyPressed(KeyEvent e) {
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

    private void selectById(String entryId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(entryId)) {
                table.getSelectionModel().clearAndSelect(i);
                table.getFocusModel().focus(i);
                return;
            }
        }
    }

    /** Whether row {@code index} is on screen (before the table lays out what was just added). */
    private static boolean showsRow(TableView<?> table, int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> last = flow.getLastVisibleCell();
            return last == null || last.getIndex() >= index;
        }
        return true;
    }

    private static void column(TableColumn<TimelineRow, String> column, Function<TimelineRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
