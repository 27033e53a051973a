package sitrep.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import sitrep.app.Composition;
import sitrep.app.ConsoleIdle;
import sitrep.app.LaunchOptions;
import sitrep.app.SettingsStore;

/** Starts the real main window headless (Monocle) and drives it as a person would. */
class MainWindowFxTest extends FxRobot {

    @TempDir
    Path dir;

    private Composition composition;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-25T14:02:11Z"), ZoneOffset.UTC);

    private void open(Path settingsFile) throws Exception {
        open(settingsFile, LaunchOptions.none().withoutDrill());
    }

    private void open(Path settingsFile, LaunchOptions options) throws Exception {
        open(settingsFile, options, FIXED);
    }

    private void open(Path settingsFile, LaunchOptions options, Clock clock) throws Exception {
        AtomicReference<Stage> shown = new AtomicReference<>();
        FxToolkit.setupStage(s -> {
            composition = new Composition(options, new SettingsStore(settingsFile), clock);
            composition.start(s);
            shown.set(s);
        });
        ConsoleIdle.await(composition);
        stage = shown.get();
    }

    @AfterEach
    void close() throws Exception {
        if (composition != null) {
            interact(composition::stop);
            ConsoleIdle.awaitStopped(composition);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void mainWindowShowsEveryRegionMenusAndStatusBar() throws Exception {
        open(dir.resolve("settings.json"));

        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Sitrep");
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
        open(dir.resolve("settings.json"));
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
        Path settings = dir.resolve("settings.json");
        open(settings);

        clickOn("#dashboardArea");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);

        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-light");
        ConsoleIdle.await(composition);
        assertThat(Files.readString(settings)).contains("\"theme\": \"LIGHT\"");
    }

    @Test
    void malformedSettingsStartWithDefaultsAndSayWhereTheFileWent() throws Exception {
        Path settings = dir.resolve("settings.json");
        Files.writeString(settings, "{not json");

        open(settings);

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
        Path settings = dir.resolve("settings.json");
        open(settings);
        interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(700);
            lookup("#mainSplit").queryAs(SplitPane.class).setDividerPositions(0.4);
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        ConsoleIdle.await(composition);
        assertThat(Files.readString(settings)).contains("\"width\": 1100.0").contains("\"mainDivider\": 0.4");
        close();

        open(settings);

        assertThat(stage.getWidth()).isEqualTo(1100.0);
        assertThat(stage.getHeight()).isEqualTo(700.0);
        assertThat(lookup("#mainSplit").queryAs(SplitPane.class).getDividerPositions()[0]).isCloseTo(0.4,
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void incidentFromTheCommandLineOpensItsTimelineAndCtrlNTakesANoteToDisk() throws Exception {
        Path incident = dir.resolve("api-outage");
        LaunchOptions options = new LaunchOptions(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.List.of(), java.util.Optional.of(incident), java.util.Optional.empty(),
                java.util.Optional.empty());
        open(dir.resolve("settings.json"), options);

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
        ConsoleIdle.await(composition);
        assertThat(Files.readString(dir.resolve("settings.json"))).contains(incident.toString());

        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        TabPane tabs = lookup("#workTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("postmortemTab");
        assertThat(tabs.getSelectionModel().getSelectedItem().getContent().lookup(".postmortem-preview")).isNotNull();
    }

    @Test
    void anUnreadableIncidentFolderIsANoticeNotACrash() throws Exception {
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "not an incident");
        LaunchOptions options = new LaunchOptions(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.List.of(), java.util.Optional.of(notAFolder), java.util.Optional.empty(),
                java.util.Optional.empty());

        open(dir.resolve("settings.json"), options);

        assertThat(lookup("#noticeText").queryAs(Label.class).getText()).contains("Could not open the incident")
                .contains("plain-file");
        assertThat(lookup("#incidentClock").queryAs(Label.class).getText()).contains("no incident open");
    }

    @Test
    void withNoSourceConfiguredTheBuiltInDrillPlaysWithItsBannerChartsAndAlerts() throws Exception {
        open(dir.resolve("settings.json"), LaunchOptions.none(), Clock.systemUTC());

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
        open(dir.resolve("settings.json"));

        clickOn("#dashboardArea");
        push(KeyCode.F1);

        assertThat(lookup("#shortcutsDialog").tryQuery()).isPresent();
        String text = lookup("#shortcutsDialog .content").queryAs(Label.class).getText();
        assertThat(text).contains("Ctrl+4").contains("Postmortem").contains("Ctrl+Q").contains("F11");
        push(KeyCode.ENTER);
    }
}
