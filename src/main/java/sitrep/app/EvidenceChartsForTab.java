package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import sitrep.incident.postmortem.IncidentPostmortem;
import sitrep.incident.postmortem.export.PostmortemExport;
import sitrep.incident.postmortem.export.WindowChartSource.Charts;
import sitrep.postmortem.PostmortemDocument;
import sitrep.ui.postmortem.PostmortemViewModel;

/** The postmortem tab's HTML charts: the same evidence charts {@code sitrep export} draws for the folder. */
final class EvidenceChartsForTab implements PostmortemViewModel.ChartSource {

    private static final System.Logger LOG = System.getLogger(EvidenceChartsForTab.class.getName());

    private final Path incident;

    EvidenceChartsForTab(Path incident) {
        this.incident = incident;
    }

    @Override
    public PostmortemViewModel.Charts chartsFor(PostmortemDocument doc) {
        StringWriter problems = new StringWriter();
        try {
            IncidentPostmortem.Loaded loaded = IncidentPostmortem.load(incident);
            Optional<Charts> evidence = PostmortemExport.recordedCharts(incident, loaded, doc,
                    new PrintWriter(problems, true));
            if (evidence.isEmpty()) {
                return new PostmortemViewModel.Charts(List.of(), "no evidence was recorded for this incident;"
                        + " sitrep export --prometheus charts it from a server");
            }
            Charts charts = evidence.get();
            return new PostmortemViewModel.Charts(charts.charts(), charts.noChartsReason());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "charts for the postmortem of " + incident + ": " + e);
            return new PostmortemViewModel.Charts(List.of(), "the incident's evidence could not be read ("
                    + e.getMessage() + ")");
        } finally {
            if (problems.getBuffer().length() > 0) {
                LOG.log(Level.WARNING, problems.toString().strip());
            }
        }
    }
}
