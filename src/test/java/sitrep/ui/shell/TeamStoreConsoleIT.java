package sitrep.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import sitrep.app.LaunchOptions;
import sitrep.app.WholeConsoleFxTest;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.incident.IncidentFolder;
import sitrep.incident.IncidentJournal;
import sitrep.incident.JournalRecord;
import sitrep.incident.sync.IncidentSharing;
import sitrep.incident.sync.PostgresCluster;
import sitrep.incident.sync.Replicator;

/**
 * The console as a second responder: joins an incident from a real PostgreSQL through the menu, sees the
 * first responder's notes, has its own notes reach them, and says so on the status bar when the store is
 * stopped.
 */
class TeamStoreConsoleIT extends WholeConsoleFxTest {

    private static PostgresCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = PostgresCluster.start();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void joinFromTheMenuSeeEachOthersNotesAndTheStatusWhenTheStoreIsDown() throws Exception {
        PostgresCluster.Database db = cluster.newDatabase();
        // The first responder, on "another machine", shares an incident with one note.
        IncidentFolder a = IncidentFolder.openOrCreate(dir.resolve("a"), new Incident("Checkout errors",
                IncidentZone.parse("UTC"), Instant.now().minusSeconds(600), null, "SEV2", Map.of(), false));
        note(a, "ana", "payments returning 502");
        try (Replicator r = new Replicator(a, db.access()::connect)) {
            r.cycle();
        }
        IncidentSharing.remember(a, db.access().address());

        Files.writeString(settingsFile(), "{\"author\": \"bo\", \"teamStore\": {\"url\": \"" + db.url()
                + "\", \"password\": \"" + db.password() + "\"}}");
        start(LaunchOptions.none().withoutDrill());

        clickOn("Incident").clickOn("Join an incident from the store…");
        waitForFxEvents();
        assertThat(lookup("#teamStoreDialog").tryQuery()).isPresent();
        clickOn("List incidents");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#storeIncidents").tryQuery().isPresent());
        TableView<JoinIncidentViewModel.Row> table = lookup("#storeIncidents").queryTableView();
        assertThat(table.getItems()).extracting(JoinIncidentViewModel.Row::title, JoinIncidentViewModel.Row::severity,
                JoinIncidentViewModel.Row::status).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Checkout errors", "SEV2", "unknown"));
        Path b = dir.resolve("b");
        interact(() -> lookup("#joinFolder").queryTextInputControl().setText(b.toString()));
        clickOn("Join");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#table").tryQuery().isPresent()
                && lookup("#table").queryTableView().getItems().size() == 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Team store: synced".equals(syncStatus()));

        // The first responder's next note arrives by itself; ours reaches them.
        note(a, "ana", "rolled back the payments deploy");
        try (Replicator r = new Replicator(a, db.access()::connect)) {
            r.cycle();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#table").queryTableView().getItems().size() == 2);
        clickOn("#dashboardArea");
        push(KeyCode.CONTROL, KeyCode.N);
        write("errors back to baseline").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (Replicator r = new Replicator(a, db.access()::connect)) {
                r.cycle();
            }
            return Files.exists(a.journalDir().resolve("bo.jsonl"))
                    && Files.readString(a.journalDir().resolve("bo.jsonl")).contains("errors back to baseline");
        });

        cluster.stop();
        try {
            interact(() -> { });
            push(KeyCode.CONTROL, KeyCode.N);
            write("still typing while the store is down").push(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> syncStatus().matches(
                    "not synced: 1 record waiting, store unreachable since \\d\\d:\\d\\d:\\d\\d "
                            + "\\((connection refused|connection lost|the store is shutting down or starting)\\)"));
            assertThat(lookup("#syncStatus").queryAs(Label.class).getStyleClass()).contains("sync-warning");
        } finally {
            cluster.resume();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> "Team store: synced".equals(syncStatus()));
    }

    private String syncStatus() {
        return lookup("#syncStatus").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void note(IncidentFolder folder, String author, String text) throws Exception {
        try (IncidentJournal j = folder.openJournal(author)) {
            Instant now = Instant.now();
            j.append(JournalRecord.added(JournalRecord.newId(), author, now, now, EntryKind.NOTE, text, Map.of()));
        }
    }
}
