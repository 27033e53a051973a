package sitrep.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;
import sitrep.domain.MetricSeries;
import sitrep.incident.evidence.EvidenceRecorder;
import sitrep.source.polling.SourceUpdate;

/**
 * Where polled data is copied for the open incident's evidence. Pollers and chart refreshes always call
 * it; it records only while an incident is open (a recorder is attached), from any thread.
 */
final class EvidenceTap implements Consumer<SourceUpdate> {

    private static final System.Logger LOG = System.getLogger(EvidenceTap.class.getName());

    private volatile EvidenceRecorder recorder;

    void attach(EvidenceRecorder next) {
        detach();
        recorder = next;
    }

    void detach() {
        close(release());
    }

    /** Stops recording and hands back the recorder, for the caller to close off the FX thread; null if none. */
    EvidenceRecorder release() {
        EvidenceRecorder old = recorder;
        recorder = null;
        return old;
    }

    /** Closes a released recorder (flushes it to disk): off the FX thread. */
    static void close(EvidenceRecorder old) {
        if (old != null) {
            try {
                old.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "closing the evidence file " + old.file() + ": " + UserMessages.of(e));
            }
        }
    }

    @Override
    public void accept(SourceUpdate update) {
        EvidenceRecorder r = recorder;
        if (r != null) {
            r.accept(update);
        }
    }

    void recordSeries(String expression, List<MetricSeries> series) {
        EvidenceRecorder r = recorder;
        if (r != null) {
            r.recordSeries(expression, series);
        }
    }
}
