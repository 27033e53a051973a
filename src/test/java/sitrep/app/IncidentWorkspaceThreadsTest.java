package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.concurrent.Daemons;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.incident.command.CommandPolicy;
import sitrep.ui.postmortem.ExportFormat;
import sitrep.ui.postmortem.PostmortemViewModel;
import sitrep.ui.timeline.TimelineViewModel.SaveState;

/**
 * The threads of an open incident, without the toolkit: a stand-in UI thread runs every view-model call, as the FX
 * thread does in the app.
 */
class IncidentWorkspaceThreadsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:02:11Z");

    @TempDir
    Path dir;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(Daemons.named("test-ui"));
    private final ExecutorService exports = Executors.newSingleThreadExecutor(Daemons.named("test-export"));
    private final CountDownLatch releaseExport = new CountDownLatch(1);
    private IncidentWorkspace workspace;

    @AfterEach
    void close() throws Exception {
        releaseExport.countDown();
        if (workspace != null) {
            workspace.close();
        }
        exports.shutdownNow();
        ui.shutdownNow();
    }

    private <T> T onUi(java.util.concurrent.Callable<T> call) throws Exception {
        return ui.submit(call).get(10, TimeUnit.SECONDS);
    }

    private void open() throws Exception {
        Incident incident = new Incident("DB failover", IncidentZone.of(ZoneOffset.UTC), NOW, null, "", Map.of(), false);
        workspace = IncidentWorkspace.open(dir.resolve("incident"), "ana", incident, Clock.fixed(NOW, ZoneOffset.UTC),
                CommandPolicy.defaults(), exports, ui);
    }

    private String journalText() throws Exception {
        try (Stream<Path> files = Files.walk(dir.resolve("incident").resolve("journal"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(f));
            }
            return all.toString();
        }
    }

    @Test
    void aNoteIsJournaledWhileAnHtmlExportIsStillDrawingItsCharts() throws Exception {
        open();
        CountDownLatch exportStarted = new CountDownLatch(1);
        PostmortemViewModel postmortem = workspace.postmortem();
        onUi(() -> {
            postmortem.setChartSource(doc -> {
                exportStarted.countDown();
                try {
                    // Reading evidence and rendering charts for a long incident: held until the test lets go.
                    releaseExport.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new PostmortemViewModel.Charts(List.of(), "none in this test");
            });
            postmortem.export(ExportFormat.HTML, dir.resolve("postmortem.html"), false);
            return null;
        });
        assertThat(exportStarted.await(10, TimeUnit.SECONDS)).as("the export started").isTrue();

        onUi(() -> {
            workspace.timeline().entryTextProperty().set("failover to replica started");
            workspace.timeline().submit();
            return null;
        });

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onUi(() -> workspace.timeline().saveStateProperty().get()) != SaveState.SAVED
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(onUi(() -> workspace.timeline().saveStateProperty().get()))
                .as("the note is saved while the export is still blocked").isEqualTo(SaveState.SAVED);
        assertThat(journalText()).contains("failover to replica started");
        assertThat(onUi(() -> postmortem.exportStatusProperty().get())).as("the export is still running")
                .startsWith("exporting HTML");

        releaseExport.countDown();
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!onUi(() -> postmortem.exportStatusProperty().get()).startsWith("Exported")
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(onUi(() -> postmortem.exportStatusProperty().get())).startsWith("Exported HTML");
        assertThat(dir.resolve("postmortem.html")).exists();
    }

    @Test
    void closingWritesEveryQueuedNoteBeforeTheJournalCloses() throws Exception {
        open();
        onUi(() -> {
            for (int i = 1; i <= 20; i++) {
                workspace.timeline().entryTextProperty().set("note " + i);
                workspace.timeline().submit();
            }
            return null;
        });
        // As the app does: views closed on the UI thread, the journal drained and closed off it.
        onUi(() -> {
            workspace.closeViews();
            return null;
        });
        workspace.close();
        workspace = null;
        String journal = journalText();
        for (int i = 1; i <= 20; i++) {
            assertThat(journal).contains("\"note " + i + "\"");
        }
    }
}
