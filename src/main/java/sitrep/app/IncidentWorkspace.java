package sitrep.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import sitrep.concurrent.Daemons;
import sitrep.incident.command.CommandPolicy;
import sitrep.source.changes.Transition;
import sitrep.ui.command.CommandSummaryView;
import sitrep.ui.command.CommandViewModel;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.Suggestion;
import sitrep.incident.IncidentSession;
import sitrep.chart.TimelineMarker;
import sitrep.ui.postmortem.PostmortemView;
import sitrep.ui.postmortem.PostmortemViewModel;
import sitrep.ui.timeline.TimelineView;
import sitrep.ui.timeline.TimelineViewModel;

/**
 * An open incident: its journal session, its view models, the views made from them when first shown, and the
 * one I/O thread that writes the journal (one thread, so notes reach the disk in the order they were typed).
 *
 * <p>Its life has two sides. {@link #open} (replaying the journal) and {@link #close} (draining the writes) do disk
 * work and run off the FX thread; the views and {@link #closeViews()} belong to the FX thread. Exports run on the
 * executor given to {@code open}, never on the journal's thread, so a note is never queued behind an export.
 */
final class IncidentWorkspace implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(IncidentWorkspace.class.getName());
    /** How long closing waits for journal writes still queued; it waits on a background thread, never the FX thread. */
    static final Duration DRAIN = Duration.ofSeconds(5);

    private final Path dir;
    private final IncidentSession session;
    private final ExecutorService io;
    private final TimelineViewModel timeline;
    private final PostmortemViewModel postmortem;
    private final CommandPolicy policy;
    private final Clock clock;
    private TimelineView view;
    private PostmortemView postmortemView;
    private CommandSummaryView command;
    private static final DataFormat MARKDOWN = markdownFormat();

    private IncidentWorkspace(Path dir, IncidentSession session, ExecutorService io, TimelineViewModel timeline,
                              PostmortemViewModel postmortem, CommandPolicy policy, Clock clock) {
        this.dir = dir;
        this.session = session;
        this.io = io;
        this.timeline = timeline;
        this.postmortem = postmortem;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Opens the incident folder, creating it with {@code ifNew} when it holds none yet, and replays its journal into
     * the view models. Disk work: call it off the FX thread. The view models are handed to the FX thread (through
     * {@code ui}) before anything shows them, and journal lines from other writers arrive through {@code ui} too.
     *
     * @param policy  severity definitions and update cadence, from the settings
     * @param exports where exports render and write (not the journal's thread)
     * @param ui      the FX thread ({@code Platform::runLater}) or a stand-in in tests
     * @throws IOException              when the folder cannot be read or written
     * @throws IllegalArgumentException when its incident.json is malformed or names an unknown zone
     */
    static IncidentWorkspace open(Path dir, String author, Incident ifNew, Clock clock, CommandPolicy policy,
                                  Executor exports, Executor ui) throws IOException {
        IncidentSession session = IncidentSession.open(dir, author, ifNew);
        ExecutorService io = Executors.newSingleThreadExecutor(Daemons.named("sitrep-journal-io"));
        TimelineViewModel vm = new TimelineViewModel(session.folder().incident(), author, session.journal(), clock,
                io, ui);
        vm.load(session.initial().records(), session.initial().warnings());
        PostmortemViewModel pm = new PostmortemViewModel(session.folder().incident(), vm.allRows(), author,
                session.journal(), clock, io, exports, ui);
        pm.load(session.initial().records());
        pm.setChartSource(new EvidenceChartsForTab(dir));
        session.watch(batch -> ui.execute(() -> {
            vm.recordsArrived(batch);
            pm.recordsArrived(batch);
        }));
        return new IncidentWorkspace(dir.toAbsolutePath().normalize(), session, io, vm, pm, policy, clock);
    }

    /** Text for chat and mail, Markdown for whatever pastes it. */
    private static void copy(String plain, String markdown) {
        ClipboardContent content = new ClipboardContent();
        content.putString(plain);
        content.put(MARKDOWN, markdown);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The incident's status, severity, commander and update countdown, with the Command menu's dialogs. FX thread. */
    CommandSummaryView commandSummary() {
        if (command == null) {
            command = new CommandSummaryView(new CommandViewModel(timeline, policy, clock, IncidentWorkspace::copy));
        }
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

    /** The timeline tab's content, loaded when first asked for. FX thread. */
    TimelineView view() {
        if (view == null) {
            view = TimelineView.load(timeline);
        }
        return view;
    }

    /** The postmortem tab's content, loaded when first asked for (when the tab is first shown). FX thread. */
    PostmortemView postmortemView() {
        if (postmortemView == null) {
            postmortemView = PostmortemView.load(postmortem);
        }
        return postmortemView;
    }

    PostmortemViewModel postmortem() {
        return postmortem;
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

    /** Stops what the views run on the FX thread (the command summary's countdown). FX thread. */
    void closeViews() {
        if (command != null) {
            command.dispose();
        }
    }

    /**
     * Waits for the journal writes already queued (up to {@link #DRAIN}), then closes the journal. It blocks:
     * call it off the FX thread, after {@link #closeViews()}.
     */
    @Override
    public void close() {
        io.shutdown();
        try {
            if (!io.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "journal writes still pending after " + DRAIN.toSeconds() + " s for " + dir);
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
