package sitrep.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import sitrep.incident.Journaled;
import sitrep.incident.JournalRecord;
import sitrep.incident.JournalBatch;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.Suggestion;
import sitrep.incident.IncidentSession;

/** The timeline tab driven by keyboard, over a real journal in a temporary incident folder. */
class TimelineViewFxTest extends FxRobot {

    private static final Instant NOW = Instant.parse("2026-11-25T14:10:00Z");

    @TempDir
    Path dir;

    private IncidentSession session;
    private ExecutorService io;
    private TimelineViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        Incident incident = new Incident("API outage", IncidentZone.parse("UTC"), NOW.minusSeconds(3600), null, "",
                Map.of(), false);
        session = IncidentSession.open(dir, "ana", incident);
        io = Executors.newSingleThreadExecutor();
        vm = new TimelineViewModel(session.folder().incident(), "ana", session.journal(),
                Clock.fixed(NOW, ZoneOffset.UTC), io, Platform::runLater);
        vm.load(session.initial().records(), session.initial().warnings());
        FxToolkit.setupStage(stage -> {
            TimelineView view = TimelineView.load(vm);
            Scene scene = new Scene(view.root(), 900, 600);
            stage.setScene(scene);
            stage.show();
            view.focusEntry();
        });
        waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        io.shutdown();
        io.awaitTermination(5, TimeUnit.SECONDS);
        session.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<TimelineRow> table() {
        return lookup("#table").queryAs(TableView.class);
    }

    private String journalText() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("journal"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.toList()) {
                all.append(Files.readString(f));
            }
            return all.toString();
        }
    }

    private void typeNote(String text) throws Exception {
        clickOn("#entry").write(text).push(KeyCode.ENTER);
        waitFor(5, TimeUnit.SECONDS, () -> lookup("#entry").queryAs(TextField.class).getText().isEmpty());
    }

    private static Journaled othersNote(int n) {
        return new Journaled(JournalRecord.added("bob-" + n, "bob", NOW.plusSeconds(n), NOW.plusSeconds(n),
                EntryKind.ACTION, "bob's note " + n, Map.of()), "journal/bob.jsonl", n);
    }

    private boolean lastRowShown() {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table()
                .lookup(".virtual-flow");
        javafx.scene.control.IndexedCell<?> last = flow.getLastVisibleCell();
        assertThat(table().getItems()).as("rows shown").isNotEmpty();
        return last != null && last.getIndex() == table().getItems().size() - 1;
    }

    @Test
    void aTimelineOpenedMidIncidentShowsItsNewestEntryAndFollowsTheNextOne() throws Exception {
        FxToolkit.cleanupStages();
        List<Journaled> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(othersNote(i));
        }
        TimelineViewModel opened = new TimelineViewModel(session.folder().incident(), "ana", session.journal(),
                Clock.fixed(NOW, ZoneOffset.UTC), io, Platform::runLater);
        opened.load(many, List.of());
        vm = opened;
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(TimelineView.load(opened).root(), 900, 600));
            stage.show();
        });
        waitForFxEvents();
        assertThat(lastRowShown()).as("opened on its newest entry").isTrue();

        interact(() -> opened.recordsArrived(new JournalBatch(List.of(othersNote(41)), List.of(), List.of())));
        waitForFxEvents();
        assertThat(lastRowShown()).as("and follows the next one").isTrue();
    }

    @Test
    void anotherRespondersNewestNoteIsFollowedUnlessTheReaderScrolledUp() throws Exception {
        List<Journaled> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(othersNote(i));
        }
        interact(() -> vm.recordsArrived(new JournalBatch(many, List.of(), List.of())));
        waitForFxEvents();
        assertThat(lastRowShown()).as("forty notes arrived at once: the newest is on screen").isTrue();

        interact(() -> vm.recordsArrived(new JournalBatch(List.of(othersNote(41)), List.of(), List.of())));
        waitForFxEvents();
        assertThat(lastRowShown()).as("one more from bob, followed").isTrue();

        interact(() -> table().scrollTo(0));
        waitForFxEvents();
        interact(() -> vm.recordsArrived(new JournalBatch(List.of(othersNote(42)), List.of(), List.of())));
        waitForFxEvents();
        assertThat(lastRowShown()).as("the reader scrolled up to read: left where they are").isFalse();
    }

    @Test
    void enterSavesTheNoteToDiskAtTheTypedTimeWithItsTag() throws Exception {
        typeNote("14:05 restarted pgbouncer #action");

        assertThat(table().getItems()).singleElement().satisfies(r -> {
            assertThat(r.timeText()).isEqualTo("14:05:00");
            assertThat(r.kind()).isEqualTo(EntryKind.ACTION);
            assertThat(r.text()).isEqualTo("restarted pgbouncer");
            assertThat(r.author()).isEqualTo("ana");
        });
        assertThat(lookup("#saveState").queryAs(Label.class).getText()).isEqualTo("saved");
        assertThat(journalText()).contains("restarted pgbouncer").contains("\"kind\":\"action\"");
    }

    @Test
    void deleteRetractsAndUndoBringsItBack() throws Exception {
        typeNote("first look at the api dashboards");
        clickOn(table().lookup(".table-row-cell"));
        push(KeyCode.DELETE);
        waitFor(5, TimeUnit.SECONDS, () -> table().getItems().isEmpty());
        assertThat(journalText()).contains("entry.retracted");

        push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(5, TimeUnit.SECONDS, () -> table().getItems().size() == 1);
        assertThat(journalText()).contains("entry.restored");
    }

    @Test
    void sStarsTheSelectedEntryAndTheStarFilterShowsOnlyStarredOnes() throws Exception {
        typeNote("14:01 alerts for api latency #detection");
        typeNote("14:03 looked at load balancer #misleading");
        clickOn(table().lookup(".table-row-cell"));
        push(KeyCode.S);
        waitFor(5, TimeUnit.SECONDS, () -> journalText().contains("entry.annotated"));
        assertThat(journalText()).contains("\"field\":\"star\"").contains("\"value\":\"true\"");

        clickOn("#starredFilter");
        waitFor(5, TimeUnit.SECONDS, () -> table().getItems().size() == 1);
        assertThat(table().getItems()).extracting(TimelineRow::text).containsExactly("alerts for api latency");
    }

    @Test
    void textFilterNarrowsTheList() throws Exception {
        typeNote("14:01 alerts for api latency #detection");
        typeNote("14:03 looked at load balancer #misleading");

        clickOn("#textFilter").write("balancer");

        assertThat(table().getItems()).extracting(TimelineRow::text).containsExactly("looked at load balancer");
    }

    @Test
    void aSuggestionIsAcceptedWithOneKeyAndKeepsItsEvidence() throws Exception {
        Suggestion firing = new Suggestion(NOW.minusSeconds(300), EntryKind.DETECTION,
                "Alert DatabaseUnreachable firing", Map.of("alert", "DatabaseUnreachable", "severity", "critical"));
        Suggestion noise = new Suggestion(NOW.minusSeconds(200), EntryKind.NOTE, "Source answers again", Map.of());
        interact(() -> {
            vm.offerSuggestion(firing);
            vm.offerSuggestion(noise);
        });

        clickOn("#suggestionList");
        interact(() -> lookup("#suggestionList").queryListView().getSelectionModel().select(0));
        push(KeyCode.A);
        waitFor(5, TimeUnit.SECONDS, () -> table().getItems().size() == 1);
        waitForFxEvents();
        // A keeps the keyboard in the list, so D goes to the next suggestion.
        assertThat(lookup("#suggestionList").query().isFocused()).isTrue();
        push(KeyCode.D);
        waitForFxEvents();

        assertThat(vm.suggestions()).isEmpty();
        assertThat(table().getItems()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Alert DatabaseUnreachable firing");
            assertThat(r.kind()).isEqualTo(EntryKind.DETECTION);
            assertThat(r.evidence()).containsEntry("severity", "critical");
            assertThat(r.timeText()).isEqualTo("14:05:00");
        });
        assertThat(journalText()).contains("DatabaseUnreachable").doesNotContain("Source answers again");
    }

    @Test
    void editingTheTextCellWritesAnEdit() throws Exception {
        typeNote("restartd pgbouncer");
        javafx.scene.control.TableCell<?, ?> textCell = lookup(".table-cell").queryAllAs(
                javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "Text".equals(c.getTableColumn().getText())
                        && c.getIndex() == 0)
                .findFirst().orElseThrow();
        doubleClickOn(textCell);
        TextField editor = lookup(".table-cell .text-field").queryAs(TextField.class);
        interact(() -> editor.setText("restarted pgbouncer"));
        clickOn(editor).push(KeyCode.ENTER);

        waitFor(5, TimeUnit.SECONDS, () -> table().getItems().get(0).text().equals("restarted pgbouncer"));
        waitForFxEvents();
        // The keyboard is back on the edited row, not on whatever control comes next.
        assertThat(table().isFocused()).isTrue();
        assertThat(table().getSelectionModel().getSelectedIndex()).isZero();
        assertThat(journalText()).contains("entry.edited");
        assertThat(List.of(table().getItems().get(0).text())).containsExactly("restarted pgbouncer");
    }
}
