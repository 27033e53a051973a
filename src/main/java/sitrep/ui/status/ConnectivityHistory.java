package sitrep.ui.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;
import sitrep.source.polling.SourceUpdate;
import sitrep.ui.dashboard.ConnectivityRow;
import sitrep.ui.dashboard.ConnectivitySegments;

/**
 * Connectivity over time that Prometheus cannot tell: whether the console itself reaches each source (often
 * the first signal in a network outage), and status API components as their levels change. Prometheus'
 * own targets come from {@code up} and {@code probe_success} instead. FX thread only.
 */
public final class ConnectivityHistory {

    private final Map<String, ConnectivityRow> reachability = new LinkedHashMap<>();
    private final Map<String, List<ConnectivityRow.Segment>> components = new LinkedHashMap<>();
    private final Map<String, String> componentOrigins = new LinkedHashMap<>();

    public void record(SourceUpdate u) {
        reachability.put(u.source(), new ConnectivityRow("console → " + u.source(), "reachability",
                ConnectivitySegments.of(u.reachable())));
        if (u.latest() == null || u.latest().kind() == SourceKind.PROMETHEUS) {
            return;
        }
        Instant at = u.health().isOk() ? u.latest().at() : u.health().since();
        for (ComponentStatus c : u.latest().components()) {
            String key = c.name() + " (" + u.latest().kind().code() + ")";
            componentOrigins.putIfAbsent(key, u.source());
            HealthLevel level = u.health().isOk() ? c.level() : HealthLevel.UNKNOWN;
            List<ConnectivityRow.Segment> segs = components.computeIfAbsent(key, k -> new ArrayList<>());
            ConnectivitySegments.append(segs, c.since() != null && segs.isEmpty() && u.health().isOk()
                    ? c.since() : at, level);
        }
    }

    /** Status components first (what users see), then the console's own reach of each source. */
    public List<ConnectivityRow> rows() {
        List<ConnectivityRow> out = new ArrayList<>();
        components.forEach((name, segs) -> out.add(new ConnectivityRow(name, componentOrigins.get(name), segs)));
        out.addAll(reachability.values());
        return out;
    }
}
