package sitrep.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import sitrep.source.changes.Transition;
import sitrep.incident.command.CommandPolicy;
import sitrep.ui.command.CommandSummaryView;
import sitrep.ui.command.CommandViewModel;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.Suggestion;
import sitrep.incident.IncidentSession;
import sitrep.chart.TimelineMarker;
import sitrep.ui.postmortem.PostmortemView;
import sitrep.ui.postmortem.PostmortemViewModel;
import sitrep.ui.status.StatusBoardViewModel;
import sitrep.ui.timeline.TimelineView;
import sitrep.ui.timeline.TimelineViewModel;

/**
 * An open incident: its journal session, the timeline view model and view, and the one I/O thread that
 * writes the journal (one thread, so notes reach the disk in the order they were typed).
 */
final class IncidentWorkspace implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(IncidentWorkspace.class.getName());

    private final Path dir;
    private final IncidentSession session;
    private final ExecutorService io;
    private final TimelineViewModel timeline;
    private final TimelineView view;
    private final PostmortemView postmortemView;
    private CommandSummaryView command;
    private static final DataFormat MARKDOWN = markdownFormat();

    private IncidentWorkspace(Path dir, IncidentSession session, ExecutorService io, TimelineViewModel timeline,
                              PostmortemViewModel postmortem) {
        this.dir = dir;
        this.session = session;
        this.io = io;
        this.timeline = timeline;
        this.view = TimelineView.load(timeline);
        this.postmortemView = PostmortemView.load(postmortem);
    }

    /**
     * Opens the incident folder, creating it with {@code ifNew} when it holds none yet.
     *
     * @throws IOException              when the folder cannot be read or written
     * @throws IllegalArgumentException when its incident.json is malformed or names an unknown zone
     */
    static IncidentWorkspace open(Path dir, String author, Incident ifNew, Clock clock) throws IOException {
        return open(dir, author, ifNew, clock, CommandPolicy.defaults());
    }

    /** @param policy severity definitions and update cadence, from the settings */
    static IncidentWorkspace open(Path dir, String author, Incident ifNew, Clock clock, CommandPolicy policy)
            throws IOException {
        IncidentSession session = IncidentSession.open(dir, author, ifNew);
        ExecutorService io = Executors.newSingleThreadExecutor(Daemons.named("sitrep-journal-io"));
        TimelineViewModel vm = new TimelineViewModel(session.folder().incident(), author, session.journal(), clock,
                io, Platform::runLater);
        vm.load(session.initial().records(), session.initial().warnings());
        PostmortemViewModel pm = new PostmortemViewModel(session.folder().incident(), vm.allRows(), author,
                session.journal(), clock, io, Platform::runLater);
        pm.load(session.initial().records());
        pm.setChartSource(new EvidenceChartsForTab(dir));
        session.watch(batch -> Platform.runLater(() -> {
            vm.recordsArrived(batch);
            pm.recordsArrived(batch);
        }));
        IncidentWorkspace w = new IncidentWorkspace(dir.toAbsolutePath().normalize(), session, io, vm, pm);
        w.command = new CommandSummaryView(new CommandViewModel(vm, policy, clock, IncidentWorkspace::copy));
        return w;
    }

    /** Text for chat and mail, Markdown for whatever pastes it. */
    private static void copy(String plain, String markdown) {
        ClipboardContent content = new ClipboardContent();
        content.putString(plain);
        content.put(MARKDOWN, markdown);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The incident's status, severity, commander and update countdown, with the Command menu's dialogs. */
    CommandSummaryView commandSummary() {
        return command;
    }

    Path dir() {
        return dir;
    }

    Path evidenceDir() {
        return session.folder().evidenceDir();
    }

    Incident incident() {
        return timeline.incident();
    }

    TimelineView view() {
        return view;
    }

    PostmortemView postmortemView() {
        return postmortemView;
    }

    TimelineViewModel timeline() {
        return timeline;
    }

    /** The timeline's entries as chart markers (read on the FX thread, where the dashboard asks). */
    TimelineMarker.Source markers() {
        return (from, to) -> timeline.allRows().stream()
                .filter(r -> !r.eventTime().isBefore(from) && !r.eventTime().isAfter(to))
                .map(r -> new TimelineMarker(r.eventTime(), r.kind().wireName() + ": " + shorten(r.text()),
                        r.kind().wireName()))
                .toList();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** Turns what the status board noticed into a suggested entry, with its evidence. */
    void suggest(Transition t) {
        timeline.offerSuggestion(new Suggestion(t.at(), kindFor(t), t.text(), Map.copyOf(t.evidence())));
    }

    static EntryKind kindFor(Transition t) {
        return switch (t.kind()) {
            case ALERT_FIRING, SOURCE_FAILING -> EntryKind.DETECTION;
            case ALERT_RESOLVED -> EntryKind.RESOLUTION;
            case SOURCE_RECOVERED -> EntryKind.NOTE;
            case COMPONENT_CHANGED -> t.text().toLowerCase(Locale.ROOT).contains(" is operational")
                    ? EntryKind.RESOLUTION : EntryKind.DETECTION;
        };
    }

    /** One DataFormat per MIME type per JVM: JavaFX refuses to create the same one twice. */
    private static DataFormat markdownFormat() {
        DataFormat existing = DataFormat.lookupMimeType("text/markdown");
        return existing != null ? existing : new DataFormat("text/markdown");
    }

    @Override
    public void close() {
        if (command != null) {
            command.dispose();
        }
        io.shutdown();
        try {
            if (!io.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "journal writes still pending after 5 s for " + dir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            session.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the journal of " + dir + ": " + e);
        }
    }
}
