package sitrep.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import sitrep.concurrent.BackgroundTask;
import sitrep.concurrent.Daemons;
import sitrep.incident.IncidentFolder;
import sitrep.incident.sync.IncidentSharing;
import sitrep.incident.sync.Replicator;
import sitrep.incident.sync.StoreAccess;
import sitrep.incident.sync.StoreAddress;
import sitrep.incident.sync.SyncLoop;
import sitrep.incident.sync.SyncStatus;
import sitrep.incident.sync.TeamStore;
import sitrep.source.polling.LatestValueRelay;
import sitrep.ui.shell.JoinIncidentDialog;
import sitrep.ui.shell.JoinIncidentViewModel;
import sitrep.ui.shell.SyncStatusViewModel;
import sitrep.ui.shell.TeamStoreDialog;
import sitrep.ui.shell.TeamStoreFormViewModel;

/**
 * The console's side of the team store: Incident > Share… and Join…, and the background sync of the open
 * incident when its folder is shared (it says so in its sync.json). Store work runs on one thread of its
 * own; the FX thread only shows dialogs and the status.
 */
final class TeamSharing implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TeamSharing.class.getName());

    private final Supplier<Settings> settings;
    private final Runnable saveSettings;
    private final SyncStatusViewModel status;
    private final Consumer<String> notice;
    private final Consumer<Path> openFolder;
    private final ExecutorService io = Executors.newSingleThreadExecutor(Daemons.named("team-store"));
    /** Touched only on the io thread. */
    private SyncLoop loop;

    TeamSharing(Supplier<Settings> settings, Runnable saveSettings, SyncStatusViewModel status,
                Consumer<String> notice, Consumer<Path> openFolder) {
        this.settings = settings;
        this.saveSettings = saveSettings;
        this.status = status;
        this.notice = notice;
        this.openFolder = openFolder;
    }

    /** An incident was opened: if its folder is shared, keep it in step. Call on the FX thread. */
    void opened(Path dir) {
        TeamStoreSettings saved = settings.get().teamStore();
        long cap = evidenceCap();
        io.execute(() -> {
            stopLoop();
            try {
                String url = IncidentSharing.storeOf(dir);
                if (url != null) {
                    startLoop(dir, access(url, saved), cap);
                }
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "not syncing " + dir + ": " + e.getMessage());
                Platform.runLater(() -> notice.accept("Not syncing this incident with the team store: " + e.getMessage()));
            }
        });
    }

    /** The incident was closed. */
    void closed() {
        status.clear();
        io.execute(this::stopLoop);
    }

    /** Incident > Share with the team store…: asks for the store (prefilled from the settings), then shares. */
    void share(Window owner, Path dir, String title) {
        askStore(owner, "Share “" + title + "” with the team store", "Share",
                "Your notes stay saved on this disk first; the store carries them to the other responders. "
                        + "Saved in the settings.").ifPresent(saved -> {
            status.connecting(shown(saved.url()));
            long cap = evidenceCap();
            io.execute(() -> {
                stopLoop();
                try {
                    StoreAccess access = access(saved.url(), saved);
                    IncidentSharing.remember(IncidentFolder.open(dir), access.address());
                    startLoop(dir, access, cap);
                } catch (IOException | IllegalArgumentException e) {
                    Platform.runLater(() -> {
                        status.clear();
                        notice.accept("Could not share the incident: " + e.getMessage());
                    });
                }
            });
        });
    }

    /** Incident > Join an incident from the store…: lists the store's incidents, then joins the chosen one. */
    void join(Window owner) {
        askStore(owner, "Join an incident shared through the team store", "List incidents",
                "Saved in the settings.").ifPresent(saved -> BackgroundTask.of(() -> {
                    StoreAccess access = access(saved.url(), saved);
                    try (TeamStore store = access.connect()) {
                        return new Listed(access, store.incidents());
                    }
                }).onSuccess(listed -> choose(owner, listed.access(), listed.incidents()))
                .onFailure(e -> notice.accept("Could not list the team store's incidents: " + e.getMessage()))
                .runOn(io, Platform::runLater));
    }

    private record Listed(StoreAccess access, List<TeamStore.StoredIncident> incidents) {
    }

    private void choose(Window owner, StoreAccess access, List<TeamStore.StoredIncident> incidents) {
        JoinIncidentViewModel vm = new JoinIncidentViewModel(incidents,
                Path.of(System.getProperty("user.home"), "incidents"), ZoneId.systemDefault());
        JoinIncidentDialog.showAndWait(owner, vm, access.toString()).ifPresent(choice -> BackgroundTask.run(() -> {
            try (TeamStore store = access.connect()) {
                IncidentSharing.join(store, choice.id(), choice.folder());
                try (Replicator first = new Replicator(IncidentFolder.open(choice.folder()), access::connect)) {
                    first.cycle();
                }
            }
        }).onSuccess(joined -> openFolder.accept(choice.folder()))
                .onFailure(e -> notice.accept("Could not join “" + choice.title() + "”: " + e.getMessage()))
                .runOn(io, Platform::runLater));
    }

    private Optional<TeamStoreSettings> askStore(Window owner, String header, String action, String hint) {
        TeamStoreSettings current = settings.get().teamStore();
        TeamStoreFormViewModel form = new TeamStoreFormViewModel(new TeamStoreFormViewModel.Values(current.url(),
                current.user(), current.password(), current.caFile()));
        return TeamStoreDialog.showAndWait(owner, form, header, action, hint).map(v -> {
            TeamStoreSettings chosen = new TeamStoreSettings(v.url(), v.user(), v.password(), v.caFile(),
                    current.replicateEvidence());
            settings.get().setTeamStore(chosen);
            saveSettings.run();
            return chosen;
        });
    }

    /** Read on the FX thread, where the settings change: 0 unless evidence is to be shared. */
    private long evidenceCap() {
        Settings now = settings.get();
        return now.teamStore().replicateEvidence() ? now.evidenceCapBytes() : 0;
    }

    private static StoreAccess access(String url, TeamStoreSettings saved) {
        return StoreAccess.resolve(url, saved.user(), saved.password(), saved.caFile(), System.getenv());
    }

    /** On the io thread. */
    private void startLoop(Path dir, StoreAccess access, long evidenceCap) throws IOException {
        Replicator replicator = new Replicator(IncidentFolder.open(dir), access::connect, evidenceCap);
        Platform.runLater(() -> status.connecting(access.toString()));
        LatestValueRelay<SyncStatus> relay = new LatestValueRelay<>(Platform::runLater, status::update);
        loop = SyncLoop.start(replicator, access, dir.resolve(IncidentFolder.JOURNAL_DIR), relay);
    }

    /** On the io thread. */
    private void stopLoop() {
        if (loop != null) {
            loop.close();
            loop = null;
        }
    }

    /** Stops the sync (on its own thread, which may take seconds with a store far away); see {@link #awaitClosed}. */
    @Override
    public void close() {
        io.execute(this::stopLoop);
        io.shutdown();
    }

    /** Waits for {@link #close()} to finish its last sync cycle. Blocks: on the way out, off the FX thread. */
    void awaitClosed(Duration wait) {
        try {
            io.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The store's URL as shown while connecting, or the raw text when it does not parse. */
    private static String shown(String url) {
        try {
            return StoreAddress.parse(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
