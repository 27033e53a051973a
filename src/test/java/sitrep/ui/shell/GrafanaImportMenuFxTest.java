package sitrep.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import sitrep.app.LaunchOptions;
import sitrep.app.SettingsStore;
import sitrep.app.WholeConsoleFxTest;

/** File > Import Grafana dashboard… in the real window, during the drill, with a real public dashboard. */
class GrafanaImportMenuFxTest extends WholeConsoleFxTest {

    @Test
    void importingADashboardShowsItAsAPanelSetAndSaysWhatWasSkipped() throws Exception {
        // Small on purpose: the real dashboards are read in GrafanaDashboardsTest; here the flow is the point.
        Path dashboard = Files.writeString(dir.resolve("checkout.json"), """
                {"title": "Checkout", "uid": "co", "panels": [
                  {"id": 1, "type": "timeseries", "title": "Latency in $namespace",
                   "fieldConfig": {"defaults": {"unit": "s"}},
                   "targets": [{"expr": "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{namespace=\\"$namespace\\"}[$__rate_interval])))"}]},
                  {"id": 2, "type": "text", "title": "Runbook"}],
                 "templating": {"list": [{"name": "namespace", "type": "custom", "query": "prod,staging",
                   "current": {"value": "prod"}}]}}
                """);
        Path settings = settingsFile();
        start(LaunchOptions.none());
        waitFor(15, TimeUnit.SECONDS, () -> lookup(".chart-view").tryQuery().isPresent());
        assertThat(lookup(".variable-bar").query().isVisible()).as("no bar before an import").isFalse();

        clickOn("File");
        clickOn("Import Grafana dashboard…");
        clickOn("#grafana-source").write("/");
        // The rest of the long temporary path set at once: typing it key by key takes half a minute here.
        interact(() -> lookup("#grafana-source").queryAs(javafx.scene.control.TextField.class)
                .setText(dashboard.toString()));
        clickOn("Import");

        waitFor(15, TimeUnit.SECONDS, () -> lookup("#noticeText").queryAs(Label.class).getText()
                .equals("Imported \"Checkout\": 1 chart; 1 skipped: Runbook (text panel: no query)."));
        waitFor(15, TimeUnit.SECONDS, () -> "Checkout".equals(
                lookup("#panel-set").queryAs(ComboBox.class).getValue()));
        assertThat(lookup(".variable-bar").query().isVisible()).isTrue();
        waitFor(15, TimeUnit.SECONDS, () -> lookup("#var-namespace").tryQuery().isPresent());
        awaitIdle();
        assertThat(Files.readString(settings)).contains("\"activePanelSet\": \"Checkout\"");

        // (VariableBarFxTest clicks through the drop-down; here the notice bar moves it while it opens.)
        interact(() -> lookup("#panel-set").<ComboBox<String>>query().setValue("Default panels"));
        waitFor(10, TimeUnit.SECONDS, () -> lookup("#var-namespace").tryQuery().isEmpty());
        // Settings are saved off the FX thread: read the file once that save is done, as above.
        awaitIdle();
        assertThat(new SettingsStore(settings).load().settings().activePanelSet()).isNull();
    }
}
