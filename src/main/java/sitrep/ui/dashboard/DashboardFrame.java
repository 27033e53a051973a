package sitrep.ui.dashboard;

import sitrep.panels.PanelDefinition;
import sitrep.chart.ChartSpec;

import java.time.Instant;
import java.util.List;

/** The result of one refresh: a ready-to-render spec or an error per panel, and the connectivity rows. */
public record DashboardFrame(Instant fetchedAt, TimeWindow.Range range, List<PanelResult> panels,
                             List<ConnectivityRow> connectivity) {

    public DashboardFrame {
        panels = List.copyOf(panels);
        connectivity = List.copyOf(connectivity);
    }

    /**
     * One panel's outcome.
     *
     * @param spec what to draw; null when the panel has never had data
     * @param error the source's words when the last fetch failed (verbatim for bad PromQL), else empty
     * @param hidden a default panel whose metric is absent
     */
    public record PanelResult(PanelDefinition panel, ChartSpec spec, String error, List<String> warnings,
                              boolean hidden) {
        public PanelResult {
            error = error == null ? "" : error;
            warnings = List.copyOf(warnings);
        }
    }
}
