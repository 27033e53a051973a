package sitrep.ui.timeline;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import sitrep.domain.Suggestion;
import sitrep.domain.TimeFormats;

/**
 * Binds the timeline's suggested-entries box to the view model: the list (shown only while it has rows), its
 * title, Accept and Dismiss, and the A/Enter and D/Delete keys that work through it one row after another.
 */
final class SuggestionsBinding {

    private static final DateTimeFormatter SUGGESTION_TIME = TimeFormats.CLOCK;

    private final TimelineViewModel vm;
    private final ListView<Suggestion> list;
    /** Where the keyboard goes once the last suggestion is handled. */
    private final TextField entry;

    private SuggestionsBinding(TimelineViewModel vm, ListView<Suggestion> list, TextField entry) {
        this.vm = vm;
        this.list = list;
        this.entry = entry;
    }

    static void bind(TimelineViewModel vm, ZoneId zone, VBox box, Label title, ListView<Suggestion> list,
                     Button accept, Button dismiss, TextField entry) {
        SuggestionsBinding b = new SuggestionsBinding(vm, list, entry);
        list.setItems(vm.suggestions());
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.suggestions()));
        box.managedProperty().bind(box.visibleProperty());
        title.textProperty().bind(Bindings.size(vm.suggestions()).asString("Suggested entries (%d)"));
        list.setCellFactory(l -> new ListCell<>() {
            {
                // Whole sentences: a row wraps to the list's width instead of scrolling sideways.
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : SUGGESTION_TIME.format(s.time().atZone(zone)) + "  "
                        + s.kind().wireName() + "  " + s.text());
                setTooltip(empty || s == null || s.evidence().isEmpty() ? null
                        : new Tooltip(EvidenceText.lines(s.evidence())));
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.A || e.getCode() == KeyCode.ENTER) {
                b.acceptSelected();
                e.consume();
                b.keepFocusInSuggestions();
            } else if (e.getCode() == KeyCode.D || e.getCode() == KeyCode.DELETE) {
                b.dismissSelected();
                e.consume();
                b.keepFocusInSuggestions();
            }
        });
        accept.setOnAction(e -> b.acceptSelected());
        dismiss.setOnAction(e -> b.dismissSelected());
        vm.suggestions().addListener((ListChangeListener<Suggestion>) c -> {
            if (list.getSelectionModel().isEmpty() && !vm.suggestions().isEmpty()) {
                list.getSelectionModel().selectFirst();
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
            if (list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
            list.requestFocus();
        });
    }

    private Suggestion selectedSuggestion() {
        Suggestion s = list.getSelectionModel().getSelectedItem();
        return s != null ? s : vm.suggestions().isEmpty() ? null : vm.suggestions().get(0);
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
}
