package sitrep.incident.postmortem.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import sitrep.domain.SecretMask;
import sitrep.domain.TerminalText;
import sitrep.incident.IncidentJournal;
import sitrep.incident.evidence.Evidence;
import sitrep.incident.evidence.EvidenceReader;
import sitrep.incident.evidence.RecordedMetrics;
import sitrep.chart.ChartSpec;

/**
 * Postmortem charts from the incident's own evidence: the series the console fetched during the incident,
 * so the charts show what responders saw even after Prometheus has dropped the data.
 */
final class EvidenceWindowCharts {

    private EvidenceWindowCharts() {
    }

    /**
     * Charts of every recorded chart expression plus the default connectivity queries; empty when the
     * folder has no evidence. Unreadable lines are reported on {@code err}, one line each.
     */
    static Optional<WindowChartSource> read(Path evidenceDir, PrintWriter err) {
        if (!Files.isDirectory(evidenceDir)) {
            return Optional.empty();
        }
        Evidence evidence;
        try {
            evidence = EvidenceReader.read(evidenceDir);
        } catch (IOException e) {
            err.println("sitrep: warning: cannot read the evidence in " + evidenceDir + ": " + TerminalText.escape(SecretMask.mask(IncidentJournal.reason(e))));
            return Optional.empty();
        }
        evidence.warnings().forEach(w -> err.println("sitrep: warning: evidence: " + TerminalText.escape(w)));
        if (evidence.start() == null && evidence.series().isEmpty() && evidence.reachable().isEmpty()) {
            return Optional.empty();
        }
        Set<String> expressions = new LinkedHashSet<>(evidence.series().keySet());
        List<PrometheusWindowCharts.Query> queries = new ArrayList<>();
        for (String e : expressions) {
            queries.add(new PrometheusWindowCharts.Query(e, "", ChartSpec.YAxisMode.AUTO));
        }
        for (PrometheusWindowCharts.Query q : PrometheusWindowCharts.DEFAULT_QUERIES) {
            if (!expressions.contains(q.expression())) {
                queries.add(q);
            }
        }
        return Optional.of(new PrometheusWindowCharts(RecordedMetrics.whole(evidence), queries));
    }
}
