package sitrep.app;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Window;
import sitrep.concurrent.BackgroundTask;
import sitrep.concurrent.Daemons;
import sitrep.panels.grafana.PanelSet;
import sitrep.panels.grafana.DashboardReader;
import sitrep.panels.grafana.GrafanaFormatException;
import sitrep.panels.grafana.ImportedDashboard;
import sitrep.panels.grafana.SkippedPanel;
import sitrep.source.SourceError;
import sitrep.ui.panels.GrafanaImportDialog;

/**
 * File > Import Grafana dashboard…: reads and parses off the FX thread, then saves the dashboard as a
 * panel set and says in one line what came in and what was skipped.
 */
final class GrafanaImportAction implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GrafanaImportAction.class.getName());

    private final Settings settings;
    private final Runnable save;
    private final Consumer<String> notice;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Daemons.named("sitrep-grafana-import"));

    GrafanaImportAction(Settings settings, Runnable save, Consumer<String> notice) {
        this.settings = settings;
        this.save = save;
        this.notice = notice;
    }

    /** Asks where the dashboard is (a file or a Grafana URL), then imports it; see {@link #run}. */
    void ask(Window owner, Consumer<String> imported) {
        GrafanaImportDialog.ask(owner).ifPresent(where -> run(where, imported));
    }

    /** @param imported receives the new set's name on the FX thread once it is saved */
    void run(String where, Consumer<String> imported) {
        Map<String, SourceOptions> options = settings.sourceOptions();
        BackgroundTask.of(() -> {
            GrafanaDashboardSource.Fetched f = GrafanaDashboardSource.read(where, options);
            return new Fetched(DashboardReader.read(f.json()), f.grafanaBase());
        }).onSuccess(f -> saved(f.dashboard(), f.grafanaBase(), imported))
                .onFailure(e -> notice.accept("Could not import " + where + ": " + reason(e)))
                .runOn(thread, Platform::runLater);
    }

    /** The reading's own words for what it expects to go wrong; anything else is a bug, logged, not shown. */
    private static String reason(Exception e) {
        if (e instanceof IOException || e instanceof SourceError || e instanceof IllegalArgumentException
                || e instanceof GrafanaFormatException) {
            return e.getMessage();
        }
        LOG.log(System.Logger.Level.ERROR, "Grafana import failed", e);
        return "an internal error (details in the log)";
    }

    private record Fetched(ImportedDashboard dashboard, String grafanaBase) {
    }

    private void saved(ImportedDashboard d, String grafanaBase, Consumer<String> imported) {
        String name = settings.nameForImport(d.title(), d.uid());
        boolean replaces = settings.hasPanelSet(name);
        settings.putPanelSet(new PanelSet(name, d, Map.of(), grafanaBase));
        save.run();
        notice.accept(summary(d) + (replaces ? " It replaces the panel set \"" + name + "\" imported before."
                : name.equals(d.title()) ? "" : " Saved as \"" + name + "\": a panel set of that title holds another dashboard."));
        imported.accept(name);
    }

    /** "Imported Node Exporter Full: 125 charts; 2 skipped: Logs (Loki datasource ...), ..." */
    static String summary(ImportedDashboard d) {
        StringBuilder b = new StringBuilder("Imported \"" + d.title() + "\": " + d.panels().size()
                + (d.panels().size() == 1 ? " chart" : " charts"));
        if (d.skipped().isEmpty()) {
            return b.append('.').toString();
        }
        long inPart = d.skipped().stream().filter(SkippedPanel::chartedInPart).count();
        b.append("; ").append(d.skipped().size() - inPart).append(" skipped")
                .append(inPart == 0 ? "" : ", " + inPart + " without some of their queries").append(": ");
        int shown = 0;
        for (SkippedPanel s : d.skipped()) {
            if (shown++ == 6) {
                b.append(" and ").append(d.skipped().size() - 6).append(" more (sitrep panels import lists all)");
                break;
            }
            b.append(shown > 1 ? "; " : "").append(s.title()).append(" (").append(s.reason()).append(')');
        }
        return b.append('.').toString();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
