package sitrep.ui.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static sitrep.ui.postmortem.IncidentFixture.NOW;
import static sitrep.ui.postmortem.IncidentFixture.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.incident.IncidentSession;
import sitrep.incident.RecordAppender;
import sitrep.incident.postmortem.IncidentPostmortem;
import sitrep.incident.postmortem.PostmortemField;
import sitrep.postmortem.TimelineItem;
import sitrep.ui.timeline.TimelineViewModel;

/** The postmortem tab's state over a real incident folder, without the toolkit (direct executors). */
class PostmortemViewModelTest {

    private static final Executor DIRECT = Runnable::run;

    @TempDir
    Path dir;

    private IncidentSession session;
    private TimelineViewModel timeline;

    @AfterEach
    void close() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    private PostmortemViewModel open(String zone, IncidentFixture.Seed... seeds) throws IOException {
        return open(null, zone, seeds);
    }

    private PostmortemViewModel open(RecordAppender journal, String zone, IncidentFixture.Seed... seeds)
            throws IOException {
        Incident incident = IncidentFixture.incident(zone);
        IncidentFixture.create(dir, incident, seeds);
        session = IncidentSession.open(dir, "ana", incident);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        timeline = new TimelineViewModel(session.folder().incident(), "ana", session.journal(), clock, DIRECT, DIRECT);
        timeline.load(session.initial().records(), session.initial().warnings());
        PostmortemViewModel vm = new PostmortemViewModel(session.folder().incident(), timeline.allRows(), "ana",
                journal == null ? session.journal() : journal, clock, DIRECT, DIRECT, DIRECT);
        vm.load(session.initial().records());
        return vm;
    }

    @Test
    void draftsTitleWindowAndTimelineFromTheIncident() throws IOException {
        PostmortemViewModel vm = open("UTC", IncidentFixture.reference());

        assertThat(vm.form().titleProperty().get()).isEqualTo("API outage");
        assertThat(vm.form().windowStartProperty().get()).isEqualTo("2023-06-10 22:00");
        assertThat(vm.form().entries()).hasSize(4);
        // No end in the incident: the last resolution entry proposes it.
        assertThat(vm.durationProperty().get())
                .isEqualTo("Duration: June 10, 2023, 22:00 - June 11, 2023, 00:30 (UTC)");
        assertThat(vm.metrics()).contains("Time to detect: 5 min", "Time to escalate: 1 h 30 min",
                "Time to resolve: 2 h 30 min", "Time on misleading leads: n/a");
    }

    @Test
    void typingRedraftsThePreviewButWritesOnlyOnCommit() throws IOException {
        PostmortemViewModel vm = open("UTC", IncidentFixture.reference());

        vm.form().rootCauseProperty().set("The nightly batch job held every pooled connection.");

        assertThat(vm.previewProperty().get()).contains("The nightly batch job held every pooled connection.");
        assertThat(IncidentFixture.journalText(dir)).doesNotContain("postmortem.set");
        assertThat(vm.editsProperty().get()).isEqualTo(1);

        vm.commit(PostmortemField.ROOT_CAUSE);

        assertThat(vm.saveStatusProperty().get()).isEqualTo("saved");
        assertThat(IncidentPostmortem.load(dir).draft().rootCause())
                .isEqualTo("The nightly batch job held every pooled connection.");
    }

    @Test
    void everyEditedFieldIsReadBackByAFreshLoad() throws IOException {
        PostmortemViewModel vm = open("UTC", IncidentFixture.reference());
        vm.form().titleProperty().set("Checkout API outage");
        vm.form().impactTextProperty().set("Checkout failed for most users.");
        vm.form().usersAffectedProperty().set("80%");
        vm.form().resolutionProperty().set("Stopped the batch job.");
        vm.form().addMeasure();
        MeasureForm m = vm.form().measures().get(0);
        m.nameProperty().set("Pool limits");
        m.descriptionProperty().set("Cap the batch job's connections");
        m.tasksProperty().set("Set max pool size; dana; 2023-06-30\nAlert on pool saturation");
        vm.form().conclusionProperty().set("Caught quickly, fixed slowly.");

        vm.commitAll();

        var loaded = IncidentPostmortem.load(dir).draft();
        assertThat(loaded.title()).isEqualTo("Checkout API outage");
        assertThat(loaded.impact().text()).isEqualTo("Checkout failed for most users.");
        assertThat(loaded.impact().usersAffectedPercent().getAsDouble()).isEqualTo(80.0);
        assertThat(loaded.resolution()).isEqualTo("Stopped the batch job.");
        assertThat(loaded.conclusion()).isEqualTo("Caught quickly, fixed slowly.");
        assertThat(loaded.measures()).singleElement().satisfies(measure -> {
            assertThat(measure.name()).isEqualTo("Pool limits");
            assertThat(measure.tasks()).hasSize(2);
            assertThat(measure.tasks().get(0).owner()).contains("dana");
            assertThat(measure.tasks().get(0).due()).hasValueSatisfying(d -> assertThat(d).hasToString("2023-06-30"));
        });
        assertThat(IncidentFixture.journalText(dir).lines().filter(l -> l.contains("postmortem.set")).count())
                .as("one record per field, not per keystroke").isEqualTo(5);
    }

    @Test
    void anUntickedEntryLeavesThePreviewAndIsSavedAtOnce() throws IOException {
        PostmortemViewModel vm = open("UTC", IncidentFixture.reference());
        EntryChoice escalation = vm.form().entries().stream()
                .filter(c -> c.label().contains("paged the database team")).findFirst().orElseThrow();

        escalation.included().set(false);

        assertThat(vm.previewProperty().get()).doesNotContain("paged the database team")
                .contains("latency alerts fire for the api");
        assertThat(IncidentPostmortem.load(dir).draft().includedTimeline()).extracting(TimelineItem::text)
                .doesNotContain("paged the database team").hasSize(3);
    }

    @Test
    void aNewTimelineEntryIsDraftedInKeepingTheUnticks() throws IOException {
        PostmortemViewModel vm = open("UTC", IncidentFixture.reference());
        vm.form().entries().get(1).included().set(false);

        timeline.entryTextProperty().set("23:45 restarted pgbouncer #action");
        timeline.submit();

        assertThat(vm.form().entries()).hasSize(5);
        assertThat(vm.previewProperty().get()).contains("restarted pgbouncer").doesNotContain("paged the database team");
    }

    @Test
    void warnsAboutPstInJuneAndAMissingDetectionEntry() throws IOException {
        PostmortemViewModel vm = open("PST", at(30, EntryKind.ACTION, "restarted pgbouncer"));

        assertThat(vm.warnings()).anySatisfy(w -> assertThat(w).contains("no detection entry"));
        assertThat(vm.warnings()).anySatisfy(w -> assertThat(w).contains("written PST")
                .contains("daylight time on June 10, 2023"));
    }

    @Test
    void noZoneWarningForPdtInJune() throws IOException {
        PostmortemViewModel vm = open("PDT", IncidentFixture.reference());

        assertThat(vm.warnings()).isEmpty();
    }

    @Test
    void warnsAboutAnEndBeforeTheStartAndEntriesOutsideTheWindow() throws IOException {
        PostmortemViewModel vm = open("UTC", IncidentFixture.reference());

        vm.form().windowEndProperty().set("2023-06-10 21:00");

        assertThat(vm.warnings()).anySatisfy(w -> assertThat(w).startsWith("The incident ends (June 10, 2023, 21:00)"));
        vm.form().windowEndProperty().set("2023-06-11 00:15");
        assertThat(vm.warnings()).singleElement().satisfies(w -> assertThat(w).contains("after the end")
                .contains("batch job stopped"));
        assertThat(vm.warnings().toString()).doesNotContain("before it starts");
    }

    @Test
    void aFailedWriteSaysWhyAndKeepsTheTypedText() throws IOException {
        AtomicBoolean diskFull = new AtomicBoolean(true);
        RecordAppender[] real = new RecordAppender[1];
        PostmortemViewModel vm = open(record -> {
            if (diskFull.get()) {
                throw new IOException("No space left on device");
            }
            return real[0].append(record);
        }, "UTC", IncidentFixture.reference());
        real[0] = session.journal();

        vm.form().conclusionProperty().set("Keep this sentence.");
        vm.commit(PostmortemField.CONCLUSION);

        assertThat(vm.saveStatusProperty().get()).isEqualTo("NOT SAVED: No space left on device");
        assertThat(vm.form().conclusionProperty().get()).isEqualTo("Keep this sentence.");
        assertThat(vm.previewProperty().get()).contains("Keep this sentence.");

        diskFull.set(false);
        vm.commitAll();

        assertThat(vm.saveStatusProperty().get()).isEqualTo("saved");
        assertThat(IncidentPostmortem.load(dir).draft().conclusion()).isEqualTo("Keep this sentence.");
    }

    @Test
    void aTaskWithAnUnreadableDueDateIsNotSavedAndSaysWhich() throws IOException {
        PostmortemViewModel vm = open("UTC", IncidentFixture.reference());
        vm.form().addMeasure();
        vm.form().measures().get(0).nameProperty().set("Pool limits");
        vm.form().measures().get(0).tasksProperty().set("Set max pool size; dana; next friday");

        vm.commit(PostmortemField.MEASURES);

        assertThat(vm.saveStatusProperty().get())
                .isEqualTo("NOT SAVED: task \"Set max pool size\": due date 'next friday' is not yyyy-MM-dd");
        assertThat(IncidentFixture.journalText(dir)).doesNotContain("postmortem.set");
    }

    @Test
    void previewSwitchesToMarkdown() throws IOException {
        PostmortemViewModel vm = open("UTC", IncidentFixture.reference());
        String text = vm.previewProperty().get();

        vm.previewFormatProperty().set(ExportFormat.MARKDOWN);

        assertThat(vm.previewProperty().get()).isNotEqualTo(text).startsWith("# API outage");
    }

    @Test
    void exportWritesAFileAndNeverReplacesOneUnasked() throws IOException {
        PostmortemViewModel vm = open("UTC", IncidentFixture.reference());
        Path out = dir.resolve("pm.md");

        vm.export(ExportFormat.MARKDOWN, out, false);

        assertThat(out).hasContent(ExportFormat.MARKDOWN.render(vm.document()));
        assertThat(vm.exportStatusProperty().get()).isEqualTo("Exported Markdown to " + out);

        Files.writeString(out, "someone else's notes");
        vm.export(ExportFormat.MARKDOWN, out, false);
        assertThat(out).hasContent("someone else's notes");
        assertThat(vm.exportStatusProperty().get()).startsWith("NOT EXPORTED: ").contains("already exists");

        vm.export(ExportFormat.TEXT, out, true);
        assertThat(Files.readString(out)).startsWith("API outage - June 10, 2023");
    }
}
