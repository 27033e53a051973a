package sitrep.incident.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sitrep.domain.Alert;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceSnapshot;

/**
 * What an incident's evidence folder holds, read back by {@link EvidenceReader}: per source its snapshots
 * and poll outcomes over time and the console's reachability series, and the chart series by expression.
 * Everything is in time order, sessions merged.
 *
 * @param snapshots  by source: the snapshots as polled ({@code series} left empty: see {@code sourceSeries})
 * @param polls      by source: the outcome of every poll
 * @param reachable  by source: 1/0 per poll ({@code sitrep_source_up}) as the console saw it
 * @param latency    by source: seconds per poll ({@code sitrep_source_latency_seconds})
 * @param series     by the exact expression a chart asked for
 * @param sourceSeries by source: series that came with snapshots (a source's extra instant queries)
 * @param warnings   torn or unreadable lines skipped, and the cap having been reached, for the user
 */
public record Evidence(Map<String, List<SourceSnapshot>> snapshots, Map<String, List<PollOutcome>> polls,
                       Map<String, MetricSeries> reachable, Map<String, MetricSeries> latency,
                       Map<String, List<MetricSeries>> series, Map<String, List<MetricSeries>> sourceSeries,
                       List<String> warnings, boolean capReached) {

    /** One poll: when, and whether the source answered (and if not, why). */
    public record PollOutcome(Instant at, SourceHealth health) {
    }

    /** A change of a source's level: what the status grid showed from {@code at} on. */
    public record LevelChange(Instant at, HealthLevel level) {
    }

    /** An alert appearing in a state, or ending ({@code state} null), as the polls saw it. */
    public record AlertChange(Instant at, String alert, String state) {
    }

    public Evidence {
        snapshots = ordered(snapshots);
        polls = ordered(polls);
        reachable = ordered(reachable);
        latency = ordered(latency);
        series = ordered(series);
        sourceSeries = ordered(sourceSeries);
        warnings = List.copyOf(warnings);
    }

    /** Keeps the order sources were first recorded in, which is the order their tiles had. */
    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The first and last instants recorded, or null for empty evidence. */
    public Instant start() {
        return bound(true);
    }

    public Instant end() {
        return bound(false);
    }

    private Instant bound(boolean first) {
        Instant best = null;
        for (List<PollOutcome> list : polls.values()) {
            for (PollOutcome p : list) {
                best = best == null || (first ? p.at().isBefore(best) : p.at().isAfter(best)) ? p.at() : best;
            }
        }
        for (List<SourceSnapshot> list : snapshots.values()) {
            for (SourceSnapshot s : list) {
                best = best == null || (first ? s.at().isBefore(best) : s.at().isAfter(best)) ? s.at() : best;
            }
        }
        return best;
    }

    /** The level changes of one source, the first snapshot included. */
    public List<LevelChange> levelTimeline(String source) {
        List<LevelChange> out = new ArrayList<>();
        for (SourceSnapshot s : snapshots.getOrDefault(source, List.of())) {
            if (out.isEmpty() || out.get(out.size() - 1).level() != s.level()) {
                out.add(new LevelChange(s.at(), s.level()));
            }
        }
        return out;
    }

    /** When each alert of one source was first seen in each state, and when it was gone. */
    public List<AlertChange> alertTimeline(String source) {
        List<AlertChange> out = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        for (SourceSnapshot s : snapshots.getOrDefault(source, List.of())) {
            Map<String, String> now = new LinkedHashMap<>();
            for (Alert a : s.alerts()) {
                now.put(a.name() + a.labels(), a.state().code());
                if (!a.state().code().equals(current.get(a.name() + a.labels()))) {
                    out.add(new AlertChange(s.at(), a.name(), a.state().code()));
                }
            }
            for (Map.Entry<String, String> e : current.entrySet()) {
                if (!now.containsKey(e.getKey())) {
                    out.add(new AlertChange(s.at(), e.getKey().substring(0, e.getKey().indexOf('{')), null));
                }
            }
            current = now;
        }
        return out;
    }
}
