package sitrep.ui.dashboard;

import sitrep.panels.PanelDefinition;
import sitrep.chart.TimelineMarker;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What one dashboard refresh must fetch and draw, captured on the FX thread and handed to the
 * background, so the fetch reads no UI state.
 *
 * @param plotWidth about how many pixels wide a chart's data area is: two points per pixel are kept
 * @param incidentFrom start of the incident window to shade, or null
 * @param incidentTo its end, or null while it is open (then "now")
 */
public record FetchRequest(List<PanelDefinition> panels, TimeWindow.Range range, int plotWidth,
                           ZoneId zone, Instant incidentFrom, Instant incidentTo,
                           List<TimelineMarker> markers) {

    public FetchRequest {
        panels = List.copyOf(panels);
        markers = List.copyOf(markers);
        if (plotWidth < 10) {
            plotWidth = 10;
        }
    }
}
