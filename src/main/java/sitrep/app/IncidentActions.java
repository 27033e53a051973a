package sitrep.app;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import sitrep.domain.Incident;
import sitrep.ui.shell.MainWindowView;
import sitrep.ui.shell.NewIncidentDialog;
import sitrep.ui.shell.NewIncidentFormViewModel;
import sitrep.ui.shell.ShellViewModel;

/** The Incident menu: new, open, open recent, share, join, new note, undo and redo. FX thread. */
final class IncidentActions {

    private final Window owner;
    private final MainWindowView view;
    private final ShellViewModel shell;
    private final IncidentSwitcher incidents;
    private final TeamSharing teamSharing;
    private final Supplier<Clock> clock;

    IncidentActions(Window owner, MainWindowView view, ShellViewModel shell, IncidentSwitcher incidents,
                    TeamSharing teamSharing, Supplier<Clock> clock) {
        this.owner = owner;
        this.view = view;
        this.shell = shell;
        this.incidents = incidents;
        this.teamSharing = teamSharing;
        this.clock = clock;
    }

    void newIncident() {
        NewIncidentFormViewModel form = new NewIncidentFormViewModel(ZoneId.systemDefault().getId(),
                Path.of(System.getProperty("user.home"), "incidents"));
        NewIncidentDialog.showAndWait(owner, form).ifPresent(v -> incidents.open(v.folder(),
                new Incident(v.title(), v.zone(), clock.get().instant(), null, "", Map.of(), false)));
    }

    void openIncident() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open an incident folder (a new folder starts a new incident)");
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            incidents.open(dir.toPath());
        }
    }

    void openIncident(String folder) {
        incidents.open(Path.of(folder));
    }

    void shareIncident() {
        incidents.current().ifPresentOrElse(
                w -> teamSharing.share(owner, w.dir(), w.incident().title()),
                () -> shell.showNotice("Open or create an incident first; then share it with the team store."));
    }

    void joinIncident() {
        teamSharing.join(owner);
    }

    /** Ctrl+N: the timeline's entry field, or a new incident when none is open. */
    void newNote() {
        incidents.current().ifPresentOrElse(w -> {
            view.selectTimeline();
            w.view().focusEntry();
        }, this::newIncident);
    }

    void undo() {
        incidents.current().ifPresent(w -> w.timeline().undo());
    }

    void redo() {
        incidents.current().ifPresent(w -> w.timeline().redo());
    }
}
