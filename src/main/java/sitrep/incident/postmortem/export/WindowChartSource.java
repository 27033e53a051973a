package sitrep.incident.postmortem.export;

import java.util.List;
import sitrep.postmortem.ChartImage;

/**
 * Somewhere charts of an incident window can come from: a Prometheus server today, the incident's own
 * recorded evidence later. The export asks each source in turn and keeps every chart it gets.
 */
@FunctionalInterface
public interface WindowChartSource {

    /** Never throws for a failed query: that is a warning in the answer. */
    Charts chartsFor(ChartWindow window);

    /**
     * @param warnings       one line per query that failed or said something, for stderr
     * @param noChartsReason when {@code charts} is empty: why, as the HTML appendix says it
     */
    record Charts(List<ChartImage> charts, List<String> warnings, String noChartsReason) {
        public Charts {
            charts = List.copyOf(charts);
            warnings = List.copyOf(warnings);
        }

        public static Charts none(String reason) {
            return new Charts(List.of(), List.of(), reason);
        }
    }
}
