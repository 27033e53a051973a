package sitrep.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import sitrep.app.LaunchOptions;
import sitrep.app.WholeConsoleFxTest;

/** Starts the real main window headless (Monocle) and drives it as a person would. */
class MainWindowFxTest extends WholeConsoleFxTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-25T14:02:11Z"), ZoneOffset.UTC);

    private void open() {
        start(LaunchOptions.none().withoutDrill(), FIXED);
    }

    @Test
    void mainWindowShowsEveryRegionMenusAndStatusBar() throws Exception {
        open();

        assertThat(stage().isShowing()).isTrue();
        assertThat(stage().getTitle()).isEqualTo("Sitrep");
        for (String id : new String[] {"#dashboardArea", "#statusArea", "#workTabs", "#statusBar", "#incidentClock"}) {
            assertThat(lookup(id).tryQuery()).as(id).isPresent();
        }
        MenuBar menus = lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).extracting(m -> m.getText().replace("_", ""))
                .containsExactly("File", "Incident", "Command", "View", "Help");
        assertThat(lookup("#dashboardHint").queryAs(Label.class).getText()).contains("No Prometheus is connected");
        assertThat(lookup("#statusBar").queryAs(StatusBar.class).getText()).contains("No source connected");
        assertThat(lookup("#incidentClock").queryAs(Label.class).getText()).startsWith("14:02:11");
        assertThat(lookup("#noticeBar").queryAs(HBox.class).isVisible()).isFalse();
    }

    @Test
    void shortcutSelectsThePostmortemAndTimelineTabs() throws Exception {
        open();
        TabPane tabs = lookup("#workTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("timelineTab");

        clickOn("#dashboardArea");
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("postmortemTab");

        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("timelineTab");
    }

    @Test
    void themeShortcutSwitchesToLightAndIsSaved() throws Exception {
        Path settings = settingsFile();
        open();

        clickOn("#dashboardArea");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);

        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-light");
        awaitIdle();
        assertThat(Files.readString(settings)).contains("\"theme\": \"LIGHT\"");
    }

    @Test
    void aRefusedPrometheusAddressSaysWhyInPlaceOfTheChartsAndNoSourceRuns() throws Exception {
        Files.writeString(settingsFile(), "{\"prometheusUrl\": \"http://admin:pa55word@prom.example:9090\"}");

        open();

        String hint = lookup("#dashboardHint").queryAs(Label.class).getText();
        assertThat(hint).startsWith("No live charts: prometheus source ignored")
                .contains("put credentials in the settings").contains("File > Settings…")
                .doesNotContain("pa55word").doesNotContain("is polled").doesNotContain("Connecting");
        assertThat(lookup("#statusBar").queryAs(StatusBar.class).getText()).startsWith("No source running")
                .doesNotContain("Connecting");
        assertThat(lookup("#noticeText").queryAs(Label.class).getText()).contains("prometheus source ignored")
                .doesNotContain("pa55word");
    }

    @Test
    void malformedSettingsStartWithDefaultsAndSayWhereTheFileWent() throws Exception {
        Path settings = settingsFile();
        Files.writeString(settings, "{not json");

        open();

        HBox notice = lookup("#noticeBar").queryAs(HBox.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(lookup("#noticeText").queryAs(Label.class).getText())
                .contains("could not be used").contains("settings.json.bad");
        assertThat(Files.readString(dir.resolve("settings.json.bad"))).isEqualTo("{not json");

        clickOn("#dismissNotice");
        assertThat(notice.isVisible()).isFalse();
    }

    @Test
    void windowSizeAndSplitPositionsComeBackOnTheNextRun() throws Exception {
        Path settings = settingsFile();
        open();
        interact(() -> {
            stage().setWidth(1100);
            stage().setHeight(700);
            lookup("#mainSplit").queryAs(SplitPane.class).setDividerPositions(0.4);
            stage().fireEvent(new WindowEvent(stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        awaitIdle();
        assertThat(Files.readString(settings)).contains("\"width\": 1100.0").contains("\"mainDivider\": 0.4");
        closeConsole();

        open();

        assertThat(stage().getWidth()).isEqualTo(1100.0);
        assertThat(stage().getHeight()).isEqualTo(700.0);
        assertThat(lookup("#mainSplit").queryAs(SplitPane.class).getDividerPositions()[0]).isCloseTo(0.4,
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void incidentFromTheCommandLineOpensItsTimelineAndCtrlNTakesANoteToDisk() throws Exception {
        Path incident = dir.resolve("api-outage");
        start(openingIncident(incident), FIXED);

        assertThat(lookup("#incidentClock").queryAs(Label.class).getText()).contains("api-outage")
                .contains("0:00:00 since start");
        clickOn("#dashboardArea");
        push(KeyCode.CONTROL, KeyCode.N);
        write("14:01 pager fired for api latency #detection").push(KeyCode.ENTER);

        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("#table").queryTableView().getItems().size() == 1);
        try (var files = Files.list(incident.resolve("journal"))) {
            String journal = Files.readString(files.findFirst().orElseThrow());
            assertThat(journal).contains("pager fired for api latency").contains("\"kind\":\"detection\"");
        }
        awaitIdle();
        assertThat(Files.readString(settingsFile())).contains(incident.toString());

        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        TabPane tabs = lookup("#workTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("postmortemTab");
        assertThat(tabs.getSelectionModel().getSelectedItem().getContent().lookup(".postmortem-preview")).isNotNull();
    }

    @Test
    void anUnreadableIncidentFolderIsANoticeNotACrash() throws Exception {
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "not an incident");

        start(openingIncident(notAFolder), FIXED);

        assertThat(lookup("#noticeText").queryAs(Label.class).getText()).contains("Could not open the incident")
                .contains("plain-file");
        assertThat(lookup("#incidentClock").queryAs(Label.class).getText()).contains("no incident open");
    }

    @Test
    void withNoSourceConfiguredTheBuiltInDrillPlaysWithItsBannerChartsAndAlerts() throws Exception {
        start(LaunchOptions.none());

        assertThat(lookup(".drill-status").queryAs(Label.class).getText()).startsWith("DRILL · ");
        org.testfx.util.WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS,
                // Looked up on the FX thread: the drill changes the scene graph while the test waits.
                () -> org.testfx.util.WaitForAsyncUtils.asyncFx(() -> lookup(".source-row").queryAll().size() >= 2
                        && lookup(".chart-view").tryQuery().isPresent()).get());
        assertThat(lookup("#statusBar").queryAs(StatusBar.class).getText()).contains("answering");
        assertThat(lookup("#incidentClock").queryAs(Label.class).getText()).contains("Drill: ");
        assertThat(lookup("#noticeBar").queryAs(HBox.class).isVisible()).isFalse();
        try (var folders = Files.list(Path.of(System.getenv("XDG_DATA_HOME"), "sitrep", "drills"))) {
            assertThat(folders.map(f -> f.resolve("incident.json")).filter(Files::exists).toList())
                    .anySatisfy(f -> assertThat(Files.readString(f)).contains("\"drill\": true"));
        }
    }

    @Test
    void helpListsTheShortcutsFromTheMenus() throws Exception {
        open();

        clickOn("#dashboardArea");
        push(KeyCode.F1);

        assertThat(lookup("#shortcutsDialog").tryQuery()).isPresent();
        String text = lookup("#shortcutsDialog .content").queryAs(Label.class).getText();
        assertThat(text).contains("Ctrl+4").contains("Postmortem").contains("Ctrl+Q").contains("F11");
        push(KeyCode.ENTER);
    }
}
