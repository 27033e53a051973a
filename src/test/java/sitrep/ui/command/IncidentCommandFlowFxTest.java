package sitrep.ui.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import sitrep.app.WholeConsoleFxTest;
import sitrep.incident.IncidentFolder;
import sitrep.incident.command.IncidentState;
import sitrep.incident.command.Severity;
import sitrep.source.drill.Drill;

/**
 * The drill incident run from declaration to resolution from the keyboard, then its postmortem: SEV1, a
 * commander, identified at 15:30, an update posted, two follow-ups, resolved.
 */
class IncidentCommandFlowFxTest extends WholeConsoleFxTest {

    /** 16:45 in the drill's zone (PST, UTC-8) on its day: 15:30 is earlier the same afternoon. */
    private static final Clock AFTERNOON = Clock.fixed(Instant.parse("2023-06-11T00:45:00Z"), ZoneOffset.UTC);

    @Test
    void theDrillRunsFromDeclarationToResolutionAndThePostmortemShowsIt() throws Exception {
        Path incident = dir.resolve("drill");
        IncidentFolder.openOrCreate(incident, Drill.builtIn(AFTERNOON).incident());
        start(openingIncident(incident), AFTERNOON);
        assertThat(label("#commandStatus")).isEqualTo("No status");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        choose("#severityChoice", Severity.SEV1);
        push(KeyCode.ENTER);
        waitUntil("#commandSeverity", "SEV1");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        appears("#rolePerson");
        clickOn("#rolePerson").write("alice").push(KeyCode.ENTER);
        waitUntil("#commandCommander", "IC alice");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        choose("#statusChoice", IncidentState.IDENTIFIED);
        clickOn("#statusTime").write("15:30").push(KeyCode.ENTER);
        waitUntil("#commandStatus", "Identified");
        assertThat(label("#updateCountdown")).as("SEV1 was declared just now").isEqualTo("Next update in 30:00");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        appears("#updateConditions");
        assertThat(lookup("#updateConditions").queryAs(TextArea.class).getText()).contains("is identified");
        clickOn("#updateNeeds").write("A DBA on call");
        clickOn("Post and copy");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#table").queryTableView().getItems().size() == 4);

        push(KeyCode.CONTROL, KeyCode.N);
        write("TODO: alert on pool saturation @carol !high").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#entry").queryAs(TextField.class).getText().isEmpty());
        write("#followup review the rollback runbook").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#entry").queryAs(TextField.class).getText().isEmpty());

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        choose("#statusChoice", IncidentState.RESOLVED);
        assertThat(lookup("#statusTime").queryAs(TextField.class).getText()).as("the end to confirm")
                .isEqualTo("16:45:00");
        doubleClickOn("#statusTime").eraseText(8).write("16:30").push(KeyCode.ENTER);
        waitUntil("#commandStatus", "Resolved");
        assertThat(label("#updateCountdown")).isEmpty();

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        appears("#milestone-mitigated");
        clickOn("#milestone-mitigated").write("16:00");
        clickOn("Save");
        waitForFxEvents();

        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".postmortem-preview").queryAs(TextArea.class)
                    .getText().contains("review the rollback runbook"));
        } catch (java.util.concurrent.TimeoutException e) {
            // Falls through to the assertions, which show what the preview says instead.
        }
        String preview = lookup(".postmortem-preview").queryAs(TextArea.class).getText();
        assertThat(preview).contains("Duration: June 10, 2023, 14:00 - 16:30 (PST)")
                .contains("- Identified: 15:30").contains("- Resolved: 16:30")
                .contains("- Mitigated: 16:00 (edited)")
                .contains("- Time to mitigate: 2 h 0 min (time to mitigate = mitigated - started)")
                .contains("- Time to resolve: 2 h 30 min (time to resolve = resolved - started)")
                .contains("Highest severity: SEV1")
                .contains("takes command")
                .contains("Needs: A DBA on call")
                .contains("Drill: Service Outage - June 10, 2023\n\n")
                // Both noted in the same second of a fixed clock: F1 and F2 are in entry-id order.
                .contains(" alert on pool saturation (owner: carol, priority: High)\n")
                .contains(" review the rollback runbook\n");
        try (var files = Files.list(incident.resolve("journal"))) {
            assertThat(Files.readString(files.findFirst().orElseThrow())).contains("\"kind\":\"status\"")
                    .contains("\"kind\":\"update\"").contains("\"field\":\"end\"");
        }
    }

    private void appears(String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(id).tryQuery().isPresent());
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void waitUntil(String id, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(id).equals(text));
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) throws Exception {
        appears(id);
        ComboBox<T> box = lookup(id).queryAs(ComboBox.class);
        interact(() -> box.setValue(value));
    }
}
