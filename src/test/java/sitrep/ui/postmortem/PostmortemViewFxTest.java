package sitrep.ui.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;
import static sitrep.ui.postmortem.IncidentFixture.NOW;
import static sitrep.ui.postmortem.IncidentFixture.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.incident.IncidentSession;
import sitrep.ui.timeline.TimelineViewModel;

/** The postmortem tab driven like a user would, over a real journal in a temporary incident folder. */
class PostmortemViewFxTest extends FxRobot {

    @TempDir
    Path dir;

    private IncidentSession session;
    private ExecutorService io;
    private PostmortemViewModel vm;
    private PostmortemView view;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void open(IncidentFixture.Seed... seeds) throws Exception {
        Incident incident = IncidentFixture.incident("UTC");
        IncidentFixture.create(dir, incident, seeds);
        session = IncidentSession.open(dir, "ana", incident);
        io = Executors.newSingleThreadExecutor();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        TimelineViewModel timeline = new TimelineViewModel(session.folder().incident(), "ana", session.journal(),
                clock, io, Platform::runLater);
        timeline.load(session.initial().records(), session.initial().warnings());
        vm = new PostmortemViewModel(session.folder().incident(), timeline.allRows(), "ana", session.journal(), clock,
                io, io, Platform::runLater);
        vm.load(session.initial().records());
        FxToolkit.setupStage(stage -> {
            view = PostmortemView.load(vm);
            stage.setScene(new Scene(view.root(), 1200, 800));
            stage.show();
        });
        waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (io != null) {
            io.shutdown();
            io.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (session != null) {
            session.close();
        }
    }

    private String preview() {
        return lookup("#preview").queryAs(TextArea.class).getText();
    }

    private boolean warningsShown() {
        return lookup("#warningBox").queryAs(VBox.class).isVisible();
    }

    @Test
    void aRootCauseTypedAndLeftIsInTheJournalAndThePreview() throws Exception {
        open(IncidentFixture.reference());

        clickOn("#rootCause").write("Pool exhausted by the batch job").push(KeyCode.TAB);

        waitFor(5, TimeUnit.SECONDS, () -> IncidentFixture.journalText(dir).contains("postmortem.set"));
        assertThat(IncidentFixture.journalText(dir)).contains("\"field\":\"root-cause\"")
                .contains("Pool exhausted by the batch job");
        assertThat(preview()).contains("Pool exhausted by the batch job");
        waitFor(5, TimeUnit.SECONDS, () -> lookup("#saveStatus").queryAs(Label.class).getText().equals("saved"));
        assertThat(warningsShown()).isFalse();
    }

    @Test
    void anUntickedEntryDisappearsFromThePreview() throws Exception {
        open(IncidentFixture.reference());
        assertThat(preview()).contains("paged the database team");

        clickOn(lookup((CheckBox b) -> b.getText().contains("paged the database team")).queryAs(CheckBox.class));

        assertThat(preview()).doesNotContain("paged the database team").contains("latency alerts fire for the api");
        waitFor(5, TimeUnit.SECONDS, () -> IncidentFixture.journalText(dir).contains("excluded-entries"));
    }

    @Test
    void theFormStaysPutWhenWarningsAppear() throws Exception {
        open(IncidentFixture.reference());
        assertThat(warningsShown()).isFalse();
        javafx.scene.Node impact = lookup("#impact").query();
        double before = impact.localToScene(0, 0).getY();

        clickOn(lookup((CheckBox b) -> b.getText().contains("latency alerts fire for the api")).queryAs(CheckBox.class));
        waitForFxEvents();

        assertThat(warningsShown()).isTrue();
        assertThat(impact.localToScene(0, 0).getY()).as("Impact under the pointer").isEqualTo(before);
    }

    @Test
    void aTimelineWithoutDetectionShowsTheWarning() throws Exception {
        open(at(30, EntryKind.ACTION, "restarted pgbouncer"));

        assertThat(warningsShown()).isTrue();
        assertThat(lookup("#warningText").queryAs(Label.class).getText()).contains("no detection entry");
    }

    @Test
    void exportAsMarkdownWritesThePickedFileAndAsksBeforeReplacingIt() throws Exception {
        open(IncidentFixture.reference());
        Path out = dir.resolve("postmortem.md");
        AtomicReference<ExportFormat> asked = new AtomicReference<>();
        AtomicReference<Path> confirmed = new AtomicReference<>();
        view.setExportTarget(format -> {
            asked.set(format);
            return Optional.of(out);
        });
        view.setReplaceConfirmation(file -> {
            confirmed.set(file);
            return false;
        });
        clickOn("#resolution").write("Stopped the batch job.");

        clickOn("#exportMarkdown");

        waitFor(5, TimeUnit.SECONDS, () -> Files.exists(out));
        assertThat(asked.get()).isEqualTo(ExportFormat.MARKDOWN);
        assertThat(Files.readString(out)).startsWith("# API outage").contains("Stopped the batch job.")
                .contains("paged the database team");
        assertThat(confirmed.get()).isNull();

        Files.writeString(out, "kept");
        clickOn("#exportMarkdown");
        waitForFxEvents();
        assertThat(confirmed.get()).isEqualTo(out);
        assertThat(out).hasContent("kept");
    }
}
