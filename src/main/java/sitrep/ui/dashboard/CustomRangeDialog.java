package sitrep.ui.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a typed time range and shows it on the dashboard, or says in one line why it cannot. */
final class CustomRangeDialog {

    private CustomRangeDialog() {
    }

    /**
     * One line, as Grafana users type a range: {@code now-30m}, {@code now-6h to now-1h}, {@code 14:00 to 15:30}
     * in the incident's zone, or dates; a bad entry keeps the dialog open and says why in one line.
     */
    static void show(Window owner, DashboardViewModel vm, Supplier<Instant> now, ZoneId zone) {
        String[] current = vm.rangeFields(now.get());
        TextField range = new TextField(current[0] + " to " + current[1]);
        range.setId("customRange");
        range.setPrefColumnCount(34);
        Label forms = new Label("For example: " + TypedRange.EXAMPLES + ". Clock times are in "
                + zone.getId() + ".");
        forms.setWrapText(true);
        forms.setMaxWidth(520);
        forms.setMinHeight(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("customRangeProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        VBox form = new VBox(8, range, forms, problem);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Time range");
        dialog.setHeaderText("Time range");
        dialog.getDialogPane().setId("customRangeDialog");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK,
                ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(
                ActionEvent.ACTION, e -> vm.showTyped(range.getText(), now.get()).ifPresent(why -> {
                    problem.setText(why);
                    e.consume();
                }));
        dialog.setOnShown(e -> range.requestFocus());
        dialog.show();
    }
}
