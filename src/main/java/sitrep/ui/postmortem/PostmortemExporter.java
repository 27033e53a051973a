package sitrep.ui.postmortem;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import sitrep.concurrent.BackgroundTask;
import sitrep.incident.AtomicWrite;
import sitrep.postmortem.PostmortemDocument;
import sitrep.ui.postmortem.PostmortemViewModel.ChartSource;
import sitrep.ui.postmortem.PostmortemViewModel.Charts;

/** Writes a postmortem document to a file in one format, off the ui thread, and says where it went or why not. */
final class PostmortemExporter {

    private static final System.Logger LOG = System.getLogger(PostmortemExporter.class.getName());

    /** Renders and writes exports: never the journal's executor, so a note is never queued behind an export. */
    private final Executor exports;
    private final Executor ui;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "exportStatus", "");
    private ChartSource chartSource = doc -> new Charts(List.of(),
            "none were recorded for this incident; sitrep export --prometheus adds charts");

    PostmortemExporter(Executor exports, Executor ui) {
        this.exports = exports;
        this.ui = ui;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void setChartSource(ChartSource source) {
        this.chartSource = source;
    }

    /** Writes {@code doc} atomically; without {@code replace} an existing file is left alone and the status says so. */
    void export(PostmortemDocument doc, ExportFormat format, Path file, boolean replace) {
        status.set("exporting " + format.title() + " to " + file + "…");
        // On the export executor, never the journal's: a note typed meanwhile must not wait for the charts.
        BackgroundTask.run(() -> {
            // Charts are drawn here, off the FX thread: reading evidence and rendering PNGs takes a while.
            Charts charts = format == ExportFormat.HTML ? chartSource.chartsFor(doc) : Charts.NONE;
            byte[] bytes = format.render(doc, charts.images(), charts.noChartsReason())
                    .getBytes(StandardCharsets.UTF_8);
            if (replace) {
                AtomicWrite.write(file, bytes);
            } else {
                AtomicWrite.writeNew(file, bytes);
            }
        }).onSuccess(done -> status.set("Exported " + format.title() + " to " + file))
                .onFailure(e -> status.set(failure(file, e)))
                .runOn(exports, ui);
    }

    private static String failure(Path file, Exception e) {
        if (e instanceof FileAlreadyExistsException) {
            return "NOT EXPORTED: " + file + " already exists and was left as it was";
        }
        LOG.log(Level.WARNING, "export to " + file + " failed: " + e);
        return "NOT EXPORTED: " + e.getMessage();
    }
}
