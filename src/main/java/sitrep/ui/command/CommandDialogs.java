package sitrep.ui.command;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import sitrep.domain.TimeFormats;
import sitrep.incident.command.IncidentState;
import sitrep.incident.command.Milestone;
import sitrep.incident.command.Role;
import sitrep.incident.command.Severity;

/**
 * The small keyboard-first dialogs of incident command: pick, optionally type a time, Enter. None of
 * them blocks the console: each is shown and answered, the write happens in the view model.
 */
public final class CommandDialogs {

    private static final DateTimeFormatter CLOCK = TimeFormats.CLOCK;

    private final CommandViewModel vm;
    private final Node anchor;

    /** @param anchor a node of the main window: dialogs belong to its window, which gets the focus back */
    CommandDialogs(CommandViewModel vm, Node anchor) {
        this.vm = vm;
        this.anchor = anchor;
    }

    /** The window dialogs belong to, when the anchor is showing. */
    static void own(Dialog<?> dialog, Node anchor) {
        if (anchor.getScene() != null && anchor.getScene().getWindow() != null) {
            dialog.initOwner(anchor.getScene().getWindow());
        }
    }

    /** Status with an optional time; resolving shows the time it will set as the end, to confirm or change. */
    public void setStatus() {
        ComboBox<IncidentState> state = new ComboBox<>();
        state.setId("statusChoice");
        state.getItems().addAll(IncidentState.values());
        state.setConverter(words(IncidentState::label));
        state.setValue(next(vm.commandProperty().get().state().orElse(null)));
        TextField time = timeField("statusTime");
        Label note = new Label();
        note.setWrapText(true);
        note.setMaxWidth(360);
        Runnable explain = () -> {
            boolean resolving = state.getValue() == IncidentState.RESOLVED;
            note.setText(resolving ? "Resolving sets the incident's end to this time. Confirm it, or type when it"
                    + " really ended (15:30)." : "Leave the time empty for now, or type when it happened (15:30).");
            if (resolving && time.getText().isBlank()) {
                time.setText(CLOCK.format(vm.now().atZone(vm.incident().zone().zoneId())));
            }
        };
        state.valueProperty().addListener((o, was, now) -> explain.run());
        explain.run();
        ask("Set status", "Set status", form("Status", state, "Time", time, note), state,
                () -> vm.setStatus(state.getValue(), time.getText()));
    }

    public void setSeverity() {
        ComboBox<Severity> level = new ComboBox<>();
        level.setId("severityChoice");
        level.getItems().addAll(Severity.values());
        level.setConverter(words(s -> s.name() + " - " + vm.policy().definition(s)));
        level.setValue(vm.commandProperty().get().severity().orElse(Severity.SEV2));
        TextField time = timeField("severityTime");
        ask("Set severity", "Set severity", form("Severity", level, "Time", time, null), level,
                () -> vm.setSeverity(level.getValue(), time.getText()));
    }

    public void assignRole() {
        ComboBox<Role> role = new ComboBox<>();
        role.setId("roleChoice");
        role.getItems().addAll(Role.values());
        role.setConverter(words(Role::label));
        role.setValue(Role.COMMANDER);
        TextField person = new TextField();
        person.setId("rolePerson");
        person.setPromptText("name; empty unassigns");
        CheckBox leaves = new CheckBox("The expert leaves");
        leaves.disableProperty().bind(role.valueProperty().isNotEqualTo(Role.SME));
        TextField time = timeField("roleTime");
        GridPane grid = form("Role", role, "Person", person, null);
        grid.addRow(2, new Label("Time"), time);
        grid.add(leaves, 1, 3);
        ask("Assign role", "Assign", grid, person,
                () -> vm.assignRole(role.getValue(), person.getText(), leaves.isSelected(), time.getText()));
    }

    /**
     * Every milestone with its time, derived or edited: change a time to correct it, empty it to go back to
     * the derived one. Impossible orders are listed as warnings, never refused.
     */
    public void editMilestones() {
        var command = vm.commandProperty().get();
        GridPane grid = grid();
        Map<Milestone, TextField> fields = new EnumMap<>(Milestone.class);
        Map<Milestone, String> shown = new EnumMap<>(Milestone.class);
        int row = 0;
        for (Milestone m : Milestone.values()) {
            TextField time = timeField("milestone-" + m.wireName());
            String text = command.milestones().at(m).map(t -> CLOCK.format(t.atZone(vm.incident().zone().zoneId())))
                    .orElse("");
            time.setText(text);
            time.setPromptText("not reached");
            shown.put(m, text);
            fields.put(m, time);
            grid.addRow(row++, new Label(m.label()), time,
                    new Label(command.milestones().isEdited(m) ? "edited" : "from the timeline"));
        }
        Label warnings = new Label(String.join("\n", command.milestones().warnings()));
        warnings.getStyleClass().add("command-error");
        warnings.setWrapText(true);
        grid.add(warnings, 0, row, 3, 1);
        ask("Milestones", "Save", grid, fields.get(Milestone.DETECTED), () -> fields.forEach((m, f) -> {
            if (!f.getText().strip().equals(shown.get(m))) {
                vm.editMilestone(m, f.getText());
            }
        }));
    }

    public void composeUpdate() {
        new UpdateComposer(vm, anchor).show();
    }

    public void followups() {
        new FollowupsDialog(vm, anchor).show();
    }

    /** The status a commander most likely moves to next. */
    private static IncidentState next(IncidentState current) {
        if (current == null) {
            return IncidentState.INVESTIGATING;
        }
        return switch (current) {
            case INVESTIGATING, REOPENED -> IncidentState.IDENTIFIED;
            case IDENTIFIED -> IncidentState.MONITORING;
            case MONITORING -> IncidentState.RESOLVED;
            case RESOLVED -> IncidentState.REOPENED;
        };
    }

    private static TextField timeField(String id) {
        TextField time = new TextField();
        time.setId(id);
        time.setPromptText("now, or 15:30");
        return time;
    }

    private static GridPane form(String firstLabel, Node first, String secondLabel, Node second, Node note) {
        GridPane grid = grid();
        grid.addRow(0, new Label(firstLabel), first);
        grid.addRow(1, new Label(secondLabel), second);
        if (note != null) {
            grid.add(note, 0, 2, 2, 1);
        }
        return grid;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        return grid;
    }

    private void ask(String title, String okText, Node content, Node focus, Runnable onOk) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("commandDialog");
        own(dialog, anchor);
        dialog.setOnShown(e -> focus.requestFocus());
        dialog.setResultConverter(b -> b);
        dialog.resultProperty().addListener((o, was, result) -> {
            if (result == ok) {
                onOk.run();
            }
        });
        dialog.show();
    }

    private static <T> StringConverter<T> words(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
