package sitrep.ui.dashboard;

import sitrep.panels.PanelDefinition;
import sitrep.chart.ChartSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import sitrep.source.MetricSource;
import sitrep.source.SourceError;

/** Editing a panel as a person would: change it, check its query, see the server's error, fix it, save. */
class PanelEditorFxTest extends FxRobot {

    private static final MetricSource STRICT = new MetricSource() {
        @Override
        public String name() {
            return "strict";
        }

        @Override
        public Range range(String expression, Instant start, Instant end, Duration step) throws SourceError {
            long open = expression.chars().filter(c -> c == '(').count();
            long closed = expression.chars().filter(c -> c == ')').count();
            if (open != closed) {
                throw new SourceError("http://prom", SourceError.Kind.API_ERROR,
                        "bad_data: 1:" + (expression.length() + 1) + ": parse error: unclosed left parenthesis",
                        "bad_data", null);
            }
            return new Range(List.of(), List.of());
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @org.junit.jupiter.api.BeforeEach
    void owner() throws Exception {
        FxToolkit.setupStage(stage -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 300, 200));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void checkShowsTheServersErrorVerbatimAndOkReturnsTheEditedPanels() throws Exception {
        CompletableFuture<Optional<List<PanelDefinition>>> result = new CompletableFuture<>();
        PanelEditorViewModel vm = new PanelEditorViewModel(DefaultPanels.standard());
        Platform.runLater(() -> result.complete(PanelEditorDialog.showAndWait(null, vm, STRICT, Instant::now,
                Runnable::run, Runnable::run, DefaultPanels.standard())));
        waitFor(5, TimeUnit.SECONDS, () -> lookup("#panelEditor").tryQuery().isPresent());

        TextField title = lookup("#title").queryAs(TextField.class);
        interact(() -> title.setText("API p99"));
        TextArea exprs = lookup("#expressions").queryAs(TextArea.class);
        interact(() -> exprs.setText("histogram_quantile(0.99, rate(x_bucket[1m])"));
        clickOn("#check");

        assertThat(lookup("#checkResult").queryAs(Label.class).getText())
                .isEqualTo("bad_data: 1:44: parse error: unclosed left parenthesis");

        interact(() -> exprs.setText("histogram_quantile(0.99, rate(x_bucket[1m]))"));
        clickOn("#check");
        assertThat(lookup("#checkResult").queryAs(Label.class).getText()).startsWith("no series match");

        TextField thresholds = lookup("#thresholds").queryAs(TextField.class);
        interact(() -> thresholds.setText("warning 0.3..0.8; critical 0.8.."));
        clickOn("OK");
        // The latency panel had three legends for three expressions; one expression is left.
        assertThat(lookup("#problem").queryAs(Label.class).getText()).isEqualTo(
                "panel 'API p99' has 3 legends for 1 expressions");
        TextArea legends = lookup("#legends").queryAs(TextArea.class);
        interact(() -> legends.setText("p99"));
        clickOn("OK");

        Optional<List<PanelDefinition>> saved = result.get(5, TimeUnit.SECONDS);
        assertThat(saved).hasValueSatisfying(panels -> {
            assertThat(panels.get(0).title()).isEqualTo("API p99");
            assertThat(panels.get(0).expressions()).containsExactly("histogram_quantile(0.99, rate(x_bucket[1m]))");
            assertThat(panels.get(0).thresholds()).containsExactly(
                    new ChartSpec.Threshold(0.3, 0.8, ChartSpec.Threshold.Level.WARNING),
                    new ChartSpec.Threshold(0.8, ChartSpec.Threshold.OPEN, ChartSpec.Threshold.Level.CRITICAL));
            assertThat(panels).hasSize(DefaultPanels.standard().size());
        });
    }

    @Test
    void aBadThresholdKeepsTheDialogOpenAndSaysWhy() throws Exception {
        CompletableFuture<Optional<List<PanelDefinition>>> result = new CompletableFuture<>();
        PanelEditorViewModel vm = new PanelEditorViewModel(DefaultPanels.standard());
        Platform.runLater(() -> result.complete(PanelEditorDialog.showAndWait(null, vm, STRICT, Instant::now,
                Runnable::run, Runnable::run, DefaultPanels.standard())));
        waitFor(5, TimeUnit.SECONDS, () -> lookup("#panelEditor").tryQuery().isPresent());

        TextField thresholds = lookup("#thresholds").queryAs(TextField.class);
        interact(() -> thresholds.setText("amber 1..2"));
        clickOn("OK");

        assertThat(result).isNotDone();
        assertThat(lookup("#problem").queryAs(Label.class).getText()).contains("warning or critical");
        clickOn("Cancel");
        assertThat(result.get(5, TimeUnit.SECONDS)).isEmpty();
    }
}
