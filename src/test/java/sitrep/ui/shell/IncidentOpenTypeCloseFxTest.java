package sitrep.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import sitrep.app.LaunchOptions;
import sitrep.app.WholeConsoleFxTest;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.incident.IncidentFolder;

/**
 * A responder's flow: open an incident from Incident > Open recent, see it say "Opening…" while it is read, type a
 * note, quit at once. The note is on disk when the console is gone: closing waits for it, off the FX thread.
 */
class IncidentOpenTypeCloseFxTest extends WholeConsoleFxTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-25T14:02:11Z"), ZoneOffset.UTC);

    @Test
    void openFromRecentTypeANoteAndQuitKeepsTheNote() throws Exception {
        Path incident = dir.resolve("db-failover");
        IncidentFolder.openOrCreate(incident, new Incident("DB failover", IncidentZone.of(ZoneOffset.UTC),
                FIXED.instant(), null, "", Map.of(), false));
        Path settings = settingsFile();
        Files.writeString(settings, "{\"recentIncidents\": [\"" + incident.toString().replace("\\", "\\\\") + "\"]}");
        start(LaunchOptions.none().withoutDrill(), FIXED);

        // Everything the timeline tab shows from now on, to see the "Opening…" state however fast the open is.
        List<String> shown = new CopyOnWriteArrayList<>();
        interact(() -> {
            Tab timeline = lookup("#workTabs").queryAs(TabPane.class).getTabs().get(0);
            timeline.contentProperty().addListener((o, was, now) -> shown.add(describe(now)));
            recentMenu().getItems().get(0).fire();
        });
        awaitIdle();

        assertThat(shown).as("the tab said it was opening, then showed the timeline").hasSizeGreaterThanOrEqualTo(2);
        assertThat(shown.get(0)).startsWith("Opening the incident in ").contains("db-failover");
        assertThat(lookup("#incidentClock").queryAs(Label.class).getText()).contains("DB failover");
        assertThat(lookup("#incidentOpening").tryQuery()).isEmpty();

        clickOn("#dashboardArea");
        push(KeyCode.CONTROL, KeyCode.N);
        write("14:05 replica promoted #action").push(KeyCode.ENTER);
        // Quit straight away, as a responder closing the laptop lid would: no wait for "saved".
        stopAndDrain();

        try (Stream<Path> files = Files.list(incident.resolve("journal"))) {
            String journal = Files.readString(files.findFirst().orElseThrow());
            assertThat(journal).contains("replica promoted").contains("\"kind\":\"action\"");
        }
    }

    @Test
    void ofTwoOpensInQuickSuccessionTheLaterOneIsShown() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        for (Path p : List.of(first, second)) {
            IncidentFolder.openOrCreate(p, new Incident(p.getFileName() + " outage", IncidentZone.of(ZoneOffset.UTC),
                    FIXED.instant(), null, "", Map.of(), false));
        }
        Files.writeString(settingsFile(), "{}");
        start(LaunchOptions.none().withoutDrill(), FIXED);

        interact(() -> {
            composition().openIncidentFolder(first);
            composition().openIncidentFolder(second);
        });
        awaitIdle();

        assertThat(lookup("#incidentClock").queryAs(Label.class).getText()).contains("second outage");
        assertThat(recentMenu().getItems()).as("the overtaken open was never shown, so never made recent")
                .extracting(javafx.scene.control.MenuItem::getText).containsExactly(second.toAbsolutePath().normalize().toString());
        // The first, overtaken, was closed again in the background: it can be opened as usual.
        interact(() -> composition().openIncidentFolder(first));
        awaitIdle();
        assertThat(lookup("#incidentClock").queryAs(Label.class).getText()).contains("first outage");
    }

    @Test
    void whenTheNewestOpenFailsTheTabShowsWhatItShowedBeforeNotOpening() throws Exception {
        Path good = dir.resolve("good");
        IncidentFolder.openOrCreate(good, new Incident("good outage", IncidentZone.of(ZoneOffset.UTC),
                FIXED.instant(), null, "", Map.of(), false));
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "not an incident");
        Files.writeString(settingsFile(), "{}");
        start(LaunchOptions.none().withoutDrill(), FIXED);

        interact(() -> {
            composition().openIncidentFolder(good);
            composition().openIncidentFolder(notAFolder);
        });
        awaitIdle();

        assertThat(lookup("#noticeText").queryAs(Label.class).getText()).contains("Could not open the incident")
                .contains("plain-file");
        assertThat(lookup("#incidentOpening").tryQuery()).as("no \"Opening…\" left behind").isEmpty();
        assertThat(lookup("#newIncidentButton").tryQuery()).as("the no-incident placeholder is back").isPresent();
    }

    private Menu recentMenu() {
        return lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> i instanceof Menu && "recentMenu".equals(i.getId()))
                .map(Menu.class::cast).findFirst().orElseThrow();
    }

    private static String describe(Node content) {
        Node label = content == null ? null : content.lookup("#incidentOpening");
        return label instanceof Label l ? l.getText() : content == null ? "nothing" : content.getClass().getSimpleName();
    }
}
