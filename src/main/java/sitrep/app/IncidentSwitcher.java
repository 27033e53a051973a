package sitrep.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import sitrep.concurrent.BackgroundTask;
import sitrep.concurrent.Daemons;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.Suggestion;
import sitrep.incident.RecentIncidents;
import sitrep.incident.command.CommandPolicy;
import sitrep.incident.evidence.EvidenceRecorder;
import sitrep.source.changes.Transition;
import sitrep.ui.shell.MainWindowView;
import sitrep.ui.shell.ShellViewModel;

/**
 * Which incident the window shows, and its opening and closing. Replaying a journal and draining its writes are disk
 * work: they run on one lifecycle thread (one, so an incident closed and opened again is closed before it is
 * reopened), while the window says "Opening…" and stays responsive. Exports of every incident share one export
 * thread, apart from the journals' threads.
 *
 * <p>Called on the FX thread, except {@link #pending()} and {@link #closeAndWait}.
 */
final class IncidentSwitcher {

    private static final System.Logger LOG = System.getLogger(IncidentSwitcher.class.getName());

    private final MainWindowView view;
    private final ShellViewModel shell;
    private final SettingsSaver settings;
    private final Supplier<Clock> clock;
    private final EvidenceTap evidence;
    private final Executor ui;
    /** Where an opened incident is shown: on the FX thread, once the first chart with data is on screen. */
    private final Executor showGate;
    private final ExecutorService lifecycle = Executors.newSingleThreadExecutor(Daemons.named("sitrep-incident-open"));
    private final ExecutorService exports = Executors.newSingleThreadExecutor(Daemons.named("sitrep-export"));
    /** Opens and closes asked for and not finished; read by tests and the exit path from any thread. */
    private final AtomicInteger pending = new AtomicInteger();
    private Consumer<IncidentWorkspace> onOpened = w -> { };
    private Runnable onClosed = () -> { };
    private IncidentWorkspace workspace;
    /** Counts opens asked for: only the newest one is shown, an older one finishing late is closed again. */
    private long generation;
    private int opensInFlight;
    /** The timeline tab's content before the first of the opens in flight, put back if the newest one fails. */
    private Node shownBeforeOpening;

    private record Opened(IncidentWorkspace workspace, EvidenceRecorder recorder, String evidenceProblem) {
    }

    IncidentSwitcher(MainWindowView view, ShellViewModel shell, SettingsSaver settings, Supplier<Clock> clock,
                     EvidenceTap evidence, Executor ui, Executor showGate) {
        this.view = view;
        this.shell = shell;
        this.settings = settings;
        this.clock = clock;
        this.evidence = evidence;
        this.ui = ui;
        this.showGate = showGate;
    }

    /** Told, on the FX thread, of each incident once it is shown. */
    void onOpened(Consumer<IncidentWorkspace> listener) {
        onOpened = listener;
    }

    /** Told, on the FX thread, when the shown incident is closed. */
    void onClosed(Runnable listener) {
        onClosed = listener;
    }

    Optional<IncidentWorkspace> current() {
        return Optional.ofNullable(workspace);
    }

    /** The open incident's zone, else the system's. */
    ZoneId zone() {
        return workspace == null ? ZoneId.systemDefault() : workspace.incident().zone().zoneId();
    }

    /** A folder opened without incident.json becomes an incident named after it, starting now. */
    Incident defaultIncident(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new Incident(name == null ? "Incident" : name.toString(), IncidentZone.of(ZoneId.systemDefault()),
                clock.get().instant(), null, "", Map.of(), false);
    }

    /** Opens the folder as it is, or as a new incident named after it. */
    void open(Path dir) {
        open(dir, defaultIncident(dir));
    }

    /**
     * Opens the incident in {@code dir} (creating it as {@code ifNew}) off the FX thread, then shows it in place of
     * the one shown. If it cannot be opened, the one shown stays and the notice says why.
     */
    void open(Path dir, Incident ifNew) {
        open(dir, ifNew, () -> { });
    }

    /** As {@link #open(Path, Incident)}, then runs {@code afterShown} once the incident is shown. */
    void open(Path dir, Incident ifNew, Runnable afterShown) {
        long mine = ++generation;
        Settings s = settings.settings();
        String author = s.author();
        long cap = s.evidenceCapBytes();
        CommandPolicy policy = s.commandPolicy();
        Clock now = clock.get();
        Node before = view.showOpening("Opening the incident in " + dir + "…");
        if (opensInFlight++ == 0) {
            shownBeforeOpening = before;
        }
        pending.incrementAndGet();
        try {
            BackgroundTask.of(() -> prepare(dir, author, ifNew, now, policy, cap))
                    // Laying out a timeline costs the FX thread a few hundred ms: not before the first chart.
                    .onSuccess(opened -> showGate.execute(() -> {
                        pending.decrementAndGet();
                        opensInFlight--;
                        if (mine != generation) {
                            discard(opened);
                            return;
                        }
                        show(opened);
                        afterShown.run();
                    }))
                    .onFailure(e -> {
                        pending.decrementAndGet();
                        opensInFlight--;
                        if (mine == generation) {
                            // What was shown before any of the opens in flight: never another "Opening…".
                            view.setTimelineContent(workspace != null ? workspace.view().root() : shownBeforeOpening);
                        }
                        LOG.log(Level.WARNING, "could not open incident " + dir + ": " + e);
                        shell.showNotice("Could not open the incident in " + dir + ": " + e.getMessage());
                    })
                    .runOn(lifecycle, ui);
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            opensInFlight--;
            LOG.log(Level.INFO, "not opening " + dir + ": the console is closing");
        }
    }

    /** On the lifecycle thread: the journal replayed into view models, and the evidence file opened. */
    private Opened prepare(Path dir, String author, Incident ifNew, Clock now, CommandPolicy policy,
                           long cap) throws IOException {
        IncidentWorkspace opened;
        try {
            opened = IncidentWorkspace.open(dir, author, ifNew, now, policy, exports, ui);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try {
            EvidenceRecorder recorder = EvidenceRecorder.open(opened.evidenceDir(), cap, now,
                    problem -> ui.execute(() -> shell.showNotice("Evidence recording stopped: " + problem)));
            return new Opened(opened, recorder, null);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot record evidence in " + opened.evidenceDir() + ": " + e);
            return new Opened(opened, null, "Not recording evidence for this incident: " + e.getMessage());
        }
    }

    private void show(Opened opened) {
        close();
        IncidentWorkspace w = opened.workspace();
        workspace = w;
        if (opened.recorder() != null) {
            evidence.attach(opened.recorder());
        } else {
            shell.showNotice(opened.evidenceProblem());
        }
        Incident incident = w.incident();
        shell.setIncident(incident.title(), incident.start(), incident.zone().zoneId(), incident.zone().label());
        shell.tick(clock.get().instant());
        view.setTimelineContent(w.view().root());
        view.setPostmortemContent(() -> w.postmortemView().root());
        view.setCommandSummary(w.commandSummary().root(), w.commandSummary().dialogs());
        view.selectTimeline();
        w.view().focusEntry();
        onOpened.accept(w);
        Settings s = settings.settings();
        s.setRecentIncidents(RecentIncidents.ofStrings(s.recentIncidents()).opened(w.dir()).asStrings());
        view.setRecentIncidents(s.recentIncidents());
        settings.save();
    }

    /** An open that a newer one overtook: closed again, never shown. */
    private void discard(Opened opened) {
        EvidenceTap.close(opened.recorder());
        closeLater(opened.workspace(), null);
    }

    /** Closes the shown incident: its views now, its journal (after the queued notes are written) in the background. */
    void close() {
        // An incident still opening is discarded when it arrives, not shown after the close (a console stopped while
        // it starts).
        generation++;
        EvidenceRecorder recorder = evidence.release();
        if (workspace == null) {
            EvidenceTap.close(recorder);
            return;
        }
        view.setCommandSummary(null, null);
        onClosed.run();
        IncidentWorkspace closing = workspace;
        workspace = null;
        closing.closeViews();
        closeLater(closing, recorder);
    }

    private void closeLater(IncidentWorkspace closing, EvidenceRecorder recorder) {
        pending.incrementAndGet();
        Runnable work = () -> {
            try {
                EvidenceTap.close(recorder);
                closing.close();
            } finally {
                pending.decrementAndGet();
            }
        };
        try {
            lifecycle.execute(work);
        } catch (RejectedExecutionException e) {
            // Closing down already: close here rather than lose the queued notes.
            work.run();
        }
    }

    /** A pinned chart point or alert becomes a suggested timeline entry; without an incident, say so. */
    void pin(Suggestion suggestion) {
        if (workspace == null) {
            shell.showNotice("Pinned points go to an incident's timeline: open or create one first (Ctrl+Shift+N).");
            return;
        }
        workspace.timeline().offerSuggestion(suggestion);
        view.selectTimeline();
    }

    /** What the status board noticed, offered to the open incident's timeline. */
    void suggest(Transition t) {
        if (workspace != null) {
            workspace.suggest(t);
        }
    }

    /** Opens and closes not finished yet. Any thread. */
    int pending() {
        return pending.get();
    }

    /**
     * Finishes what was asked (the last close writes every queued note), then stops the threads. Blocks: call it
     * on the way out, off the FX thread.
     */
    void closeAndWait(Duration wait) {
        lifecycle.shutdown();
        exports.shutdown();
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            if (!lifecycle.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)
                    || !exports.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                LOG.log(Level.WARNING, "incident close or export still running after " + wait.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
