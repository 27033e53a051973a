package sitrep.ui.command;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import sitrep.incident.command.IncidentState;
import sitrep.ui.common.IconFallback;

/**
 * The incident's status, severity, commander and update countdown in one strip, with the actions that
 * change them. Self-contained (its own style sheet), so it can sit wherever the window keeps room for it.
 * The countdown is a label that turns red when overdue: a reminder, never a dialog.
 */
public final class CommandSummaryView {

    static final String STYLE = "command-summary";
    static final String CHIP = "command-chip";
    static final String OVERDUE = "command-overdue";
    /** Window width from which the actions show their words beside their icons. */
    private static final double WORDS_FROM = 1600;

    private final CommandViewModel vm;
    private final CommandDialogs dialogs;
    private final HBox root = new HBox(8);
    private final Timeline ticker;

    public CommandSummaryView(CommandViewModel vm) {
        this.vm = vm;
        this.dialogs = new CommandDialogs(vm, root);
        root.getStyleClass().add(STYLE);
        root.setId("commandSummary");
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStylesheets().add(CommandSummaryView.class.getResource("/sitrep/ui/command/command.css")
                .toExternalForm());

        Label status = chip("commandStatus");
        status.textProperty().bind(vm.statusProperty());
        vm.commandProperty().addListener((o, was, now) -> restyle(status));
        restyle(status);
        status.setTooltip(new Tooltip("Incident status (Ctrl+Shift+S to change)"));

        Label severity = chip("commandSeverity");
        severity.textProperty().bind(vm.severityProperty());
        Tooltip definition = new Tooltip();
        definition.textProperty().bind(vm.severityDefinitionProperty());
        severity.setTooltip(definition);

        Label commander = chip("commandCommander");
        commander.textProperty().bind(vm.commanderProperty());
        commander.setTooltip(new Tooltip("Incident commander (Ctrl+Shift+R to assign roles)"));

        Label countdown = new Label();
        countdown.setId("updateCountdown");
        countdown.getStyleClass().add("command-countdown");
        countdown.setMinWidth(Region.USE_PREF_SIZE);
        countdown.textProperty().bind(vm.countdownProperty());
        vm.overdueProperty().addListener((o, was, late) -> markOverdue(countdown, late));
        markOverdue(countdown, vm.overdueProperty().get());

        Label error = new Label();
        error.getStyleClass().add("command-error");
        error.textProperty().bind(vm.errorProperty());
        error.setMinWidth(0);
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);

        Button update = new Button("Post update…");
        update.setId("postUpdateButton");
        update.setMinWidth(Region.USE_PREF_SIZE);
        update.setOnAction(e -> dialogs.composeUpdate());
        Button followupButton = new Button("Follow-ups…");
        followupButton.setId("followupsButton");
        followupButton.setMinWidth(Region.USE_PREF_SIZE);
        followupButton.setOnAction(e -> dialogs.followups());

        // The strip shares its line with the clock and the sources: below 1600 px of window the two actions
        // (also in the Command menu) show as icons with their words and shortcut as tooltips.
        DoubleProperty windowWidth = new SimpleDoubleProperty();
        root.sceneProperty().addListener((o, was, scene) -> {
            windowWidth.unbind();
            if (scene != null) {
                windowWidth.bind(scene.widthProperty());
            }
        });
        IconFallback.apply(update, "mdi2m-message-text-outline", "Ctrl+Shift+U", windowWidth, WORDS_FROM);
        IconFallback.apply(followupButton, "mdi2c-clipboard-check-outline", "Ctrl+Shift+F", windowWidth, WORDS_FROM);

        root.getChildren().addAll(status, severity, commander, countdown, error, update, followupButton);

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public HBox root() {
        return root;
    }

    /** The actions the menu offers, with the same dialogs the strip opens. */
    public CommandDialogs dialogs() {
        return dialogs;
    }

    /** Stops the countdown when the incident closes. */
    public void dispose() {
        ticker.stop();
    }

    private static void markOverdue(Label countdown, boolean late) {
        countdown.getStyleClass().remove(OVERDUE);
        if (late) {
            countdown.getStyleClass().add(OVERDUE);
        }
    }

    private static Label chip(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(CHIP);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void restyle(Label status) {
        status.getStyleClass().removeIf(c -> c.startsWith("status-"));
        status.getStyleClass().add("status-" + vm.commandProperty().get().state().map(IncidentState::wireName)
                .orElse("none"));
    }
}
