package sitrep.source;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;

/**
 * When each Prometheus target's level really changed, to the second, asked of the metric source once and
 * remembered: the tile, the connectivity band, the now strip and the timeline suggestion all read the same
 * instant, whatever window or query step is on screen, and it never moves between redraws.
 *
 * <p>A target is {@code job/instance}; its level is the worse of {@code up} and {@code probe_success} (1
 * operational, 0 major outage), as the Prometheus sources rule. Thread-safe: the poller and the dashboard's
 * fetch thread both ask; the queries run on the caller's thread.
 */
public final class TargetChangeTimes {

    /** How far back a state that began before anything on screen is looked for. */
    public static final Duration LOOKBACK = Duration.ofHours(6);
    private static final Duration COARSE_STEP = Duration.ofMinutes(1);
    private static final Duration FINE_STEP = Duration.ofSeconds(1);
    private static final String[] METRICS = {"probe_success", "up"};
    /** A target that changes this many times within {@link #FLAP_WINDOW} is flapping. */
    public static final int FLAP_CHANGES = 3;
    public static final Duration FLAP_WINDOW = Duration.ofMinutes(5);

    /** A level from an instant on; {@code atLeast} when it held already at the start of the lookback. */
    public record Change(Instant at, HealthLevel level, boolean atLeast) {
    }

    private final MetricSource metrics;
    private final Map<String, List<Change>> known = new HashMap<>();
    /** What the poller saw last per target: a change between two polls is looked for between them. */
    private final Map<String, Polled> polled = new HashMap<>();

    private record Polled(HealthLevel level, Instant at, Instant since, boolean atLeast) {
    }

    public TargetChangeTimes(MetricSource metrics) {
        this.metrics = metrics;
    }

    /** The key of a target as Prometheus components and connectivity rows name it. */
    public static String key(Map<String, String> labels) {
        return labels.getOrDefault("job", "") + "/" + labels.getOrDefault("instance", "");
    }

    /**
     * When the target's {@code level}, seen at {@code seenAt}, began: from memory when known, else by looking
     * back from {@code seenAt}. Falls back to {@code seenAt} when the source cannot tell.
     */
    public synchronized Change since(String key, HealthLevel level, Instant seenAt) {
        Change last = latestAtOrBefore(key, seenAt);
        if (last != null && last.level() == level) {
            return last;
        }
        try {
            Instant from = seenAt.minus(LOOKBACK);
            List<Sample> coarse = samples(key, from, seenAt, COARSE_STEP);
            int i = coarse.size() - 1;
            while (i >= 0 && coarse.get(i).level() == level) {
                i--;
            }
            if (i < 0) {
                Instant start = coarse.isEmpty() ? seenAt : coarse.get(0).at();
                return remember(key, new Change(start, level, true));
            }
            if (i == coarse.size() - 1) {
                return new Change(seenAt, level, false); // the source does not show the level yet
            }
            return remember(key, new Change(refine(key, level, coarse.get(i).at(), coarse.get(i + 1).at()),
                    level, false));
        } catch (SourceError e) {
            return new Change(seenAt, level, false);
        }
    }

    /**
     * The exact instant of a change to {@code level} seen between two samples, {@code before} (the old level)
     * and {@code after} (the new one). Remembered, so a redraw with another step finds the same instant.
     */
    public synchronized Instant changeAt(String key, HealthLevel level, Instant before, Instant after) {
        for (Change c : known.getOrDefault(key, List.of())) {
            if (c.level() == level && !c.atLeast() && c.at().isAfter(before) && !c.at().isAfter(after)) {
                return c.at();
            }
        }
        try {
            return remember(key, new Change(refine(key, level, before, after), level, false)).at();
        } catch (SourceError e) {
            return after;
        }
    }

    /** Every change remembered for the target, oldest first. */
    public synchronized List<Change> changes(String key) {
        return List.copyOf(known.getOrDefault(key, List.of()));
    }

    /** A status source whose Prometheus targets carry the instant their level began. */
    public StatusSource around(StatusSource source) {
        return new StatusSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public SourceSnapshot poll() throws SourceError {
                return withSince(source.poll());
            }
        };
    }

    /** The snapshot with each Prometheus component's {@code since} filled in; other kinds unchanged. */
    public synchronized SourceSnapshot withSince(SourceSnapshot s) {
        if (s.kind() != SourceKind.PROMETHEUS) {
            return s;
        }
        List<ComponentStatus> out = new ArrayList<>();
        for (ComponentStatus c : s.components()) {
            if (c.since() != null || c.level() == HealthLevel.UNKNOWN) {
                out.add(c);
            } else {
                Polled seen = polled.get(c.name());
                Polled now;
                if (seen != null && seen.level() == c.level()) {
                    now = new Polled(c.level(), s.at(), seen.since(), seen.atLeast());
                } else if (seen != null) {
                    now = new Polled(c.level(), s.at(), changeAt(c.name(), c.level(), seen.at(), s.at()), false);
                } else {
                    Change change = since(c.name(), c.level(), s.at());
                    now = new Polled(c.level(), s.at(), change.at(), change.atLeast());
                }
                polled.put(c.name(), now);
                out.add(new ComponentStatus(c.name(), c.group(), c.level(), now.since(), c.detail(), now.atLeast()));
            }
        }
        return new SourceSnapshot(s.source(), s.kind(), s.at(), s.latency(), s.version(), s.level(), out,
                s.alerts(), s.series(), s.incidents(), s.warnings());
    }

    private Change latestAtOrBefore(String key, Instant t) {
        Change last = null;
        for (Change c : known.getOrDefault(key, List.of())) {
            if (!c.at().isAfter(t)) {
                last = c;
            }
        }
        return last;
    }

    private Change remember(String key, Change c) {
        List<Change> list = known.computeIfAbsent(key, k -> new ArrayList<>());
        list.removeIf(old -> old.at().equals(c.at()) || (old.atLeast() && old.level() == c.level()));
        list.add(c);
        list.sort(Comparator.comparing(Change::at));
        return c;
    }

    /** The first second in (before, after] at which the target shows {@code level}. */
    private Instant refine(String key, HealthLevel level, Instant before, Instant after) throws SourceError {
        for (Sample s : samples(key, before, after, FINE_STEP)) {
            if (s.at().isAfter(before) && s.level() == level) {
                return s.at();
            }
        }
        return after;
    }

    private record Sample(Instant at, HealthLevel level) {
    }

    /** The target's level per step: the worse of its series at each instant; no sample is unknown. */
    private List<Sample> samples(String key, Instant from, Instant to, Duration step) throws SourceError {
        int slash = key.indexOf('/');
        String selector = "{job=\"" + escape(key.substring(0, Math.max(0, slash))) + "\",instance=\""
                + escape(key.substring(slash + 1)) + "\"}";
        Map<Long, HealthLevel> byTime = new TreeMap<>();
        for (String metric : METRICS) {
            for (MetricSeries series : metrics.range(metric + selector, from, to, step).series()) {
                for (int i = 0; i < series.size(); i++) {
                    HealthLevel l = levelOf(series.values()[i]);
                    byTime.merge(series.epochMillis()[i], l, HealthLevel::worst);
                }
            }
        }
        List<Sample> out = new ArrayList<>();
        byTime.forEach((ms, l) -> out.add(new Sample(Instant.ofEpochMilli(ms), l)));
        return out;
    }

    /** 1 is operational, 0 a major outage, anything else unknown (the sources' rule). */
    public static HealthLevel levelOf(double v) {
        return v == 1.0 ? HealthLevel.OPERATIONAL : v == 0.0 ? HealthLevel.MAJOR_OUTAGE : HealthLevel.UNKNOWN;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
