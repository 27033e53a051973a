package sitrep.ui.command;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import sitrep.incident.command.IncidentState;
import sitrep.incident.command.StakeholderUpdate;

/**
 * The stakeholder update composer: the state and the three CAN fields, prefilled by the view model from
 * the status, the impact and the latest entries. Posting journals the update and copies it (text and
 * Markdown) to the clipboard.
 */
final class UpdateComposer {

    private final CommandViewModel vm;
    private final Node anchor;

    UpdateComposer(CommandViewModel vm, Node anchor) {
        this.vm = vm;
        this.anchor = anchor;
    }

    void show() {
        StakeholderUpdate draft = vm.draftUpdate();
        ComboBox<IncidentState> state = new ComboBox<>();
        state.setId("updateState");
        state.getItems().addAll(IncidentState.INVESTIGATING, IncidentState.IDENTIFIED, IncidentState.MONITORING,
                IncidentState.RESOLVED);
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(IncidentState s) {
                return s == null ? "" : s.label();
            }

            @Override
            public IncidentState fromString(String s) {
                return null;
            }
        });
        state.setValue(draft.state());
        TextArea conditions = area("updateConditions", draft.conditions(), "What is happening and who is affected");
        TextArea actions = area("updateActions", draft.actions(), "What responders are doing");
        TextArea needs = area("updateNeeds", draft.needs(), "What the team needs (people, decisions), or nothing");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("State"), state);
        grid.addRow(1, label("Conditions"), conditions);
        grid.addRow(2, label("Actions"), actions);
        grid.addRow(3, label("Needs"), needs);
        GridPane.setHgrow(conditions, Priority.ALWAYS);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Post a stakeholder update");
        dialog.setHeaderText("Posting journals the update and copies it as text and Markdown");
        ButtonType post = new ButtonType("Post and copy", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(post, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("updateComposer");
        dialog.setResizable(true);
        CommandDialogs.own(dialog, anchor);
        dialog.setOnShown(e -> conditions.requestFocus());
        dialog.setResultConverter(b -> b);
        dialog.resultProperty().addListener((o, was, result) -> {
            if (result == post) {
                vm.postUpdate(new StakeholderUpdate(state.getValue(), conditions.getText(), actions.getText(),
                        needs.getText()));
            }
        });
        dialog.show();
    }

    /** Labels keep their words: the text areas give way instead. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextArea area(String id, String text, String prompt) {
        TextArea a = new TextArea(text);
        a.setId(id);
        a.setPromptText(prompt);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.setPrefColumnCount(40);
        return a;
    }
}
