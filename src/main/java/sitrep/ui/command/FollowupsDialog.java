package sitrep.ui.command;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import sitrep.incident.command.CommandEntries;
import sitrep.incident.command.Followup;
import sitrep.incident.command.FollowupExports;
import sitrep.incident.command.FollowupPriority;

/**
 * The follow-ups list: owner, due date, priority and done are edited in place, each edit one journal
 * record; the list can be copied as a Markdown checklist or as CSV for Jira's import.
 */
final class FollowupsDialog {

    private final CommandViewModel vm;
    private final Node anchor;

    FollowupsDialog(CommandViewModel vm, Node anchor) {
        this.vm = vm;
        this.anchor = anchor;
    }

    void show() {
        ObservableList<Followup> items = FXCollections.observableArrayList(vm.commandProperty().get().followups());
        vm.commandProperty().addListener((o, was, now) -> items.setAll(now.followups()));
        TableView<Followup> table = new TableView<>(items);
        table.setId("followupsTable");
        table.setEditable(true);
        table.setPlaceholder(new Label("No follow-ups yet: type #followup or TODO: in the quick entry."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Followup, String> ref = text("Ref", f -> f.reference());
        ref.setEditable(false);
        TableColumn<Followup, String> summary = text("Summary", Followup::text);
        summary.setEditable(false);
        TableColumn<Followup, String> owner = text("Owner", f -> f.owner().orElse(""));
        owner.setCellFactory(TextFieldTableCell.forTableColumn());
        owner.setOnEditCommit(e -> vm.markFollowup(e.getRowValue().entryId(), CommandEntries.FOLLOWUP_OWNER,
                e.getNewValue()));
        TableColumn<Followup, String> due = text("Due", f -> f.due().map(Object::toString).orElse(""));
        due.setCellFactory(TextFieldTableCell.forTableColumn());
        due.setOnEditCommit(e -> vm.markFollowup(e.getRowValue().entryId(), CommandEntries.FOLLOWUP_DUE,
                e.getNewValue()));
        TableColumn<Followup, String> priority = text("Priority", f -> f.priority().map(FollowupPriority::label)
                .orElse(""));
        ObservableList<String> levels = FXCollections.observableArrayList("");
        for (FollowupPriority p : FollowupPriority.values()) {
            levels.add(p.label());
        }
        priority.setCellFactory(ComboBoxTableCell.forTableColumn(levels));
        priority.setOnEditCommit(e -> vm.markFollowup(e.getRowValue().entryId(), CommandEntries.FOLLOWUP_PRIORITY,
                e.getNewValue()));
        TableColumn<Followup, Boolean> done = new TableColumn<>("Done");
        done.setCellValueFactory(c -> {
            var p = new SimpleBooleanProperty(c.getValue().done());
            p.addListener((o, was, now) -> vm.markFollowup(c.getValue().entryId(), CommandEntries.FOLLOWUP_STATE,
                    now ? "done" : ""));
            return p;
        });
        done.setCellFactory(CheckBoxTableCell.forTableColumn(done));
        table.getColumns().addAll(List.of(ref, summary, owner, due, priority, done));
        summary.setPrefWidth(320);
        // Headers keep their words; the summary gives way.
        ref.setMinWidth(50);
        owner.setMinWidth(90);
        due.setMinWidth(110);
        priority.setMinWidth(100);
        done.setMinWidth(70);

        Button copyChecklist = new Button("Copy as checklist");
        copyChecklist.setOnAction(e -> copy(FollowupExports.markdown(items)));
        Button copyCsv = new Button("Copy as Jira CSV");
        copyCsv.setOnAction(e -> copy(FollowupExports.csv(items, vm.incident().title())));
        Label error = new Label();
        error.textProperty().bind(vm.errorProperty());
        error.getStyleClass().add("command-error");
        VBox box = new VBox(8, table, new HBox(8, copyChecklist, copyCsv), error);
        box.setPrefSize(760, 360);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Follow-ups");
        dialog.setHeaderText("Double-click an owner, due date or priority to change it");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("followupsDialog");
        dialog.getDialogPane().setPrefWidth(820);
        dialog.setResizable(true);
        CommandDialogs.own(dialog, anchor);
        dialog.show();
    }

    private static void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private static TableColumn<Followup, String> text(String title, Function<Followup, String> v) {
        TableColumn<Followup, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(v.apply(x.getValue())));
        return c;
    }
}
